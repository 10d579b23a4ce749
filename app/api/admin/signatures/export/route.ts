import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/messages'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser, requesterIpHash } from '@/lib/auth/session'
import { handleExportRequest, refuse } from '@/lib/signatures/export-request'

// A petition's confirmed, counted signatures as a CSV download (lib/signatures/export-request.ts).
// A route handler rather than a server action, because the file is streamed. It is a public
// endpoint like any other, so it checks the session and the permission itself.

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  try {
    const user = await getCurrentUser()
    if (!user) return refuse(401, NOT_SIGNED_IN)
    if (!can(user, 'signatures.moderate')) return refuse(403, NOT_ALLOWED)
    return await handleExportRequest(user, await requesterIpHash(), new URL(request.url))
  } catch (error) {
    console.error('[placard] signature export failed:', error)
    return refuse(503, 'The export couldn’t start just now. Please try again in a minute.')
  }
}
