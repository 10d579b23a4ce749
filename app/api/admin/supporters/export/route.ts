import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/messages'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { refuse } from '@/lib/signatures/export-request'
import { exportSupporters } from '@/lib/supporters/export'

export const dynamic = 'force-dynamic'

// The campaign's CSV of approved supporters (a plain GET form on the Supporters screens). A public
// endpoint like any other: it checks the session and the permission itself, before reading anything.
export async function GET(request: Request) {
  const user = await getCurrentUser()
  if (!user) return refuse(401, NOT_SIGNED_IN)
  if (!can(user, 'supporters.moderate')) return refuse(403, NOT_ALLOWED)
  return exportSupporters(user, new URL(request.url))
}
