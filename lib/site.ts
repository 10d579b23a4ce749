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

export const paths = {
  post: (slug: string) => `/posts/${slug}`,
  petition: (slug: string) => `/petitions/${slug}`,
  letter: (slug: string) => `/letters/${slug}`,
  category: (slug: string) => `/category/${slug}`,
  author: (slug: string) => `/author/${slug}`,
  actionDay: (slug: string) => `/days-of-action/${slug}`,
  month: (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, '0')}`,
  page: (base: string, page: number) => (page <= 1 ? base || '/' : `${base}/page/${page}`),
}
