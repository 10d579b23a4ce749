import 'server-only'
import { stringify } from 'csv-stringify/sync'
import { recordAudit } from '@/lib/audit/record'
import { can } from '@/lib/auth/permissions'
import { requesterIpHash, type CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db/client'
import { countryName } from '@/lib/petitions/countries'
import { refuse } from '@/lib/signatures/export-request'
import { SUPPORTER_TYPE_LABELS } from '@/lib/validation/supporter'

// The campaign's copy of the approved sponsors and supporters, as CSV (GET
// /api/admin/supporters/export, a plain GET form). Moderators get everything but the email
// addresses, which leave only with an admin (as signers' do). Every export is audited; cells a
// spreadsheet could run as formulas are escaped, and the BOM lets Excel read any alphabet.

/** For a user the route has checked for supporters.moderate. */
export async function exportSupporters(user: CurrentUser, url: URL): Promise<Response> {
  const emails = url.searchParams.get('emails')
  if (emails !== null && emails !== '1') return refuse(422, 'Ask for the file with or without emails: emails=1 or nothing.')
  if (emails && !can(user, 'signatures.export-emails')) return refuse(403, 'Only admins can export email addresses. Download the file without them.')
  const rows = await db.supporter.findMany({ where: { status: 'approved' }, orderBy: [{ type: 'asc' }, { country: 'asc' }, { name: 'asc' }] })
  await recordAudit(
    db,
    { id: user.id, label: user.email },
    { action: 'supporters.export', entityType: 'supporter', summary: `${rows.length} approved supporters${emails ? ' with email addresses' : ''}` },
    await requesterIpHash(),
  )
  const header = ['Name', 'Organisation', 'Position', 'Type', 'Country', 'Statement', 'Shown publicly', 'Approved', ...(emails ? ['Email'] : [])]
  const body = rows.map((r) => [
    r.name,
    r.organisation ?? '',
    r.position ?? '',
    SUPPORTER_TYPE_LABELS[r.type].one,
    countryName(r.country),
    r.statement ?? '',
    r.showPublicly ? 'yes' : 'no',
    r.approvedAt?.toISOString().slice(0, 10) ?? '',
    ...(emails ? [r.email] : []),
  ])
  const csv = '\ufeff' + stringify([header, ...body], { escape_formulas: true, record_delimiter: 'windows' })
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="supporters-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
