import 'server-only'
import { confirmOptIn, OPT_IN, type OptInKind } from '@/lib/public-forms/opt-in'

/** The confirmation link's answer: a 303 to a page saying what happened, or a 503 to retry. */
export async function confirmOptInLink(kind: OptInKind, request: Request): Promise<Response> {
  const token = (new URL(request.url).searchParams.get('token') ?? '').slice(0, 200)
  try {
    const { outcome, slug } = await confirmOptIn(kind, token)
    // A message's link that leads nowhere still needs a page: the supporters' one says it.
    const location = kind === 'message' && slug ? OPT_IN.message.done(outcome, slug) : OPT_IN.supporter.done(outcome)
    return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
  } catch (error) {
    console.error('[placard] confirming a %s failed:', kind, error)
    return new Response('We couldn’t confirm your email just now. Please open the link again in a minute.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
}
