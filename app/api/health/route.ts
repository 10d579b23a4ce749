export const dynamic = 'force-dynamic'

// Liveness: the process is up and Next answers. Asks nothing of the database, so a load
// balancer or supervisor can poll it as often as it likes (readiness is /api/ready).
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
}
