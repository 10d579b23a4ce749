import { confirmEvent } from '@/lib/action-days/confirm'
import { answerConfirmLink } from '@/lib/opt-in/confirm-link'
import { paths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

// Public: the link in an organiser's confirmation email. Opening it twice is harmless.
export async function GET(request: Request) {
  return answerConfirmLink(request, 'your protest', async (token) => {
    const outcome = await confirmEvent(token)
    const confirmed = outcome.kind === 'confirmed' || outcome.kind === 'already-confirmed'
    return confirmed ? `${paths.actionDay(outcome.daySlug)}/confirmed` : '/action-events/invalid-link'
  })
}
