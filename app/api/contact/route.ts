import { CLIENT_IP_HEADER, trustedClientIp } from '@/lib/http/client-ip'
import { handleContactRequest } from '@/lib/contact/receive'

// Public: anyone may write to the campaign. The anti-abuse rules are in lib/contact/receive.ts.
export async function POST(request: Request) {
  return handleContactRequest(request, trustedClientIp(request.headers.get(CLIENT_IP_HEADER)))
}
