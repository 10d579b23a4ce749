import { confirmSignature } from '@/lib/signatures/confirm'

export const dynamic = 'force-dynamic'

// Public: the link in the confirmation email. Confirming twice is harmless and says so.
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  let location = '/signatures/invalid-link'
  try {
    const outcome = await confirmSignature(token.slice(0, 200))
    if (outcome.kind !== 'invalid-link') location = `/petitions/${outcome.petitionSlug}/done/${outcome.kind}`
  } catch (error) {
    console.error('[placard] confirming a signature failed:', error)
    return new Response('We couldn’t confirm your signature just now. Please open the link again in a minute.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}
