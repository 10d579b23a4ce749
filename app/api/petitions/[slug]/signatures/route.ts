import { CLIENT_IP_HEADER, trustedClientIp } from '@/lib/http/client-ip'
import { handleSignRequest } from '@/lib/signatures/sign-request'

// Public: anyone may sign. Production traffic reaches the same handler through the fast path
// in scripts/serve.ts; this route serves `next dev` and any other way of running Next.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleSignRequest(request, (await params).slug, trustedClientIp(request.headers.get(CLIENT_IP_HEADER)))
}
