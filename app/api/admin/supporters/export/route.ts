import { exportSupporters } from '@/lib/supporters/export'

export const dynamic = 'force-dynamic'

// The campaign's CSV of approved supporters; checks the session and permission itself.
export async function GET(request: Request) {
  return exportSupporters(new URL(request.url))
}
