import { CLIENT_IP_HEADER, trustedClientIp } from '@/lib/http/client-ip'
import { handleLetterPdf } from '@/lib/letters/pdf-request'

// Public: the supporter's edited letter as an A4 PDF to post. Nothing of it is stored.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleLetterPdf(request, (await params).slug, trustedClientIp(request.headers.get(CLIENT_IP_HEADER)))
}
