import 'server-only'
import { db } from '@/lib/db/client'
import { holdReasonLabel } from '@/lib/moderation/hold-reasons'
import { countryName } from '@/lib/petitions/countries'
import type { SignatureFilter } from '@/lib/validation/signature-search'

// A filter in words, for the invalidation preview and the operation's page.
export async function describeFilter(filter: SignatureFilter): Promise<string[]> {
  const petition = filter.petition ? await db.petition.findUnique({ where: { id: filter.petition }, select: { title: true } }) : null
  return [
    filter.petition ? `petition “${petition?.title ?? 'unknown'}”` : null,
    filter.name ? `name starting with “${filter.name}”` : null,
    filter.email ? `email ${filter.email}` : null,
    filter.domain ? `email domain @${filter.domain}` : null,
    filter.ip ? `address hash ${filter.ip}` : null,
    filter.country ? `country ${countryName(filter.country)}` : null,
    filter.status ? `status ${filter.status}` : null,
    filter.reason ? `held because: ${holdReasonLabel(filter.reason)}` : null,
    filter.from ? `signed from ${filter.from.replace('T', ' ')} UTC` : null,
    filter.to ? `signed until ${filter.to.replace('T', ' ')} UTC` : null,
  ].filter((x): x is string => Boolean(x))
}
