import { checkReadiness } from '@/lib/health/readiness'

export const dynamic = 'force-dynamic'

// Readiness: the database answers (within a second), every migration this build expects is
// applied, and which build this instance runs. 503 names the check that failed and why.
export async function GET() {
  const { ready, checks, build } = await checkReadiness()
  const failed = Object.entries(checks)
    .filter(([, check]) => !check.ok && !check.skipped)
    .map(([name]) => name)
  const body = ready ? { status: 'ready', checks, build } : { status: 'not ready', failed, checks, build }
  return Response.json(body, { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } })
}
