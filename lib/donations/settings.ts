import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import type { DonationSettingsInput } from '@/lib/validation/donations'

// The donate page's settings: read for the page and every page's sidebar box, and saved by an
// editor with an audit row. A trigger on the table refreshes the cached pages (tag "donations").

export type DonationLink = { label: string; url: string }
export type Donations = Omit<DonationSettingsInput, 'links'> & { links: DonationLink[]; updatedAt: Date }

export async function getDonations(): Promise<Donations | null> {
  const row = await db.donationSettings.findUnique({ where: { id: 1 } })
  if (!row) return null
  const links = Array.isArray(row.links)
    ? (row.links as unknown[]).filter((l): l is DonationLink => typeof (l as DonationLink)?.url === 'string' && (l as DonationLink).url.startsWith('https://'))
    : []
  return { ...row, links }
}

export async function saveDonations(input: DonationSettingsInput, ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  const data = { ...input, links: input.links }
  await ctx.tx.donationSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data })
  const bank = [input.iban && 'IBAN', input.localDetails && 'local details'].filter(Boolean).join(' and ') || 'no bank details'
  await ctx.audit({
    action: 'settings.donations',
    entityType: 'settings',
    summary: `Donate page: ${bank}, ${input.links.length} link(s), ${input.amounts.length} amount(s)`,
  })
}
