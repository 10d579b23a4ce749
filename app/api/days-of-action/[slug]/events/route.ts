import { CLIENT_IP_HEADER, trustedClientIp } from '@/lib/http/client-ip'
import { handleRegisterRequest } from '@/lib/action-days/register-request'

// Public: anyone may register a protest for a published day of action; it is confirmed by
// email and approved by a moderator before it is shown.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRegisterRequest(request, (await params).slug, trustedClientIp(request.headers.get(CLIENT_IP_HEADER)))
}
