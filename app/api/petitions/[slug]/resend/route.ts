import { handleResendRequest } from '@/lib/signatures/resend-request'

// Public: a signer asks for their confirmation email again.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleResendRequest(request, (await params).slug)
}
