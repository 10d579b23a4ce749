import { confirmEvent } from '@/lib/action-days/confirm'
import { paths } from '@/lib/site'

export const dynamic = 'force-dynamic'

// Public: the link in an organiser's confirmation email. Opening it twice is harmless.
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  let location = '/action-events/invalid-link'
  try {
    const outcome = await confirmEvent(token.slice(0, 200))
    if (outcome.kind === 'confirmed' || outcome.kind === 'already-confirmed') location = `${paths.actionDay(outcome.daySlug)}/confirmed`
  } catch (error) {
    console.error('[placard] confirming a protest failed:', error)
    return new Response('We couldn’t confirm your protest just now. Please open the link again in a minute.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}
