import { CLIENT_IP_HEADER, trustedClientIp } from '@/lib/http/client-ip'
import { handleLetterSent } from '@/lib/letters/sent-request'

// Public: anyone who sent the letter may say so. No personal data is asked for or kept.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleLetterSent(request, (await params).slug, trustedClientIp(request.headers.get(CLIENT_IP_HEADER)))
}
