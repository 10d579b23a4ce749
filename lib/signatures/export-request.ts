import 'server-only'
import { can } from '@/lib/auth/permissions'
import type { CurrentUser } from '@/lib/auth/session'
import { startSignatureExport } from '@/lib/signatures/export'
import { exportRequestFrom, exportRequestSchema } from '@/lib/validation/signature-export'

// GET /api/admin/signatures/export?petition=<id>&columns=name&columns=country…, the target of
// the export form (a plain GET form: it works without JavaScript). The route handler checks
// the session and signatures.moderate, then hands over here: the benchmark runs this same code.

export const EXPORT_PAGE = '/admin/moderation/export'
export const EMAIL_FOR_ADMINS_ONLY = 'Only admins can export email addresses. Untick “Email” and export again.'

export function refuse(status: number, message: string) {
  return Response.json({ ok: false, message }, { status, headers: { 'cache-control': 'private, no-store' } })
}

/** Back to the form with what was asked, where the page says what to correct. */
function backToForm(params: URLSearchParams) {
  params.set('problem', '1')
  return new Response(null, { status: 303, headers: { location: `${EXPORT_PAGE}?${params}`, 'cache-control': 'private, no-store' } })
}

/** For a user the route has checked for signatures.moderate. */
export async function handleExportRequest(user: CurrentUser, ipHash: string | null, url: URL): Promise<Response> {
  const params = new URLSearchParams(url.searchParams)
  const parsed = exportRequestSchema.safeParse(exportRequestFrom(params))
  if (!parsed.success) return backToForm(params)
  // Signers gave their address to the campaign, not to the petition's target: emails leave
  // only with an admin.
  if (parsed.data.columns.includes('email') && !can(user, 'signatures.export-emails')) return refuse(403, EMAIL_FOR_ADMINS_ONLY)
  const exported = await startSignatureExport(parsed.data, { id: user.id, label: user.email }, ipHash)
  if (!exported) return backToForm(params)
  return new Response(exported.body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exported.filename}"`,
      'cache-control': 'private, no-store',
      // Known before the first byte, exactly (one snapshot); a script can show progress with it.
      'x-total-count': String(exported.rows),
      'x-content-type-options': 'nosniff',
    },
  })
}
