import { answerConfirmLink } from '@/lib/opt-in/confirm-link'
import { paths } from '@/lib/paths'
import { confirmSignature } from '@/lib/signatures/confirm'

export const dynamic = 'force-dynamic'

// Public: the link in the confirmation email. Confirming twice is harmless and says so.
export async function GET(request: Request) {
  return answerConfirmLink(request, 'your signature', async (token) => {
    const outcome = await confirmSignature(token)
    return outcome.kind === 'invalid-link' ? '/signatures/invalid-link' : paths.petitionDone(outcome.petitionSlug, outcome.kind)
  })
}
