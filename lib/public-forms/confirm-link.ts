import 'server-only'
import { answerConfirmLink } from '@/lib/opt-in/confirm-link'
import { confirmOptIn, FORM_OPT_IN, type FormKind } from '@/lib/public-forms/opt-in'

/** The confirmation link's answer: a 303 to a page saying what happened, or a 503 to retry. */
export function confirmOptInLink(kind: FormKind, request: Request): Promise<Response> {
  return answerConfirmLink(request, 'your email', async (token) => {
    const { outcome, slug } = await confirmOptIn(kind, token)
    // A message's link that leads nowhere still needs a page: the supporters' one says it.
    return kind === 'message' && slug ? FORM_OPT_IN.message.done(outcome, slug) : FORM_OPT_IN.supporter.done(outcome)
  })
}
