import { env } from '@/lib/env'

export const site = {
  name: env.SITE_NAME,
  tagline: env.SITE_TAGLINE,
  url: env.SITE_URL.replace(/\/$/, ''),
  contactEmail: env.CONTACT_EMAIL,
  postalAddress: env.CAMPAIGN_POSTAL_ADDRESS?.replaceAll('\\n', '\n') || null,
}

export function absoluteUrl(path: string) {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`
}
