import { z } from 'zod'
import { readBody } from '@/lib/http/read-body'
import { withdrawSignature } from '@/lib/signatures/confirm'

const schema = z.object({ token: z.string().min(1).max(200) })

// Public: the signer presses "Withdraw my signature" on the page their email linked to.
export async function POST(request: Request) {
  const body = await readBody(request)
  const parsed = body.ok ? schema.safeParse(body.data) : null
  if (!parsed?.success) return new Response(null, { status: 303, headers: { location: '/signatures/invalid-link' } })
  try {
    const outcome = await withdrawSignature(parsed.data.token)
    const location = outcome.kind === 'invalid-link' ? '/signatures/invalid-link' : `/petitions/${outcome.petitionSlug}/done/${outcome.kind}`
    return new Response(null, { status: 303, headers: { location } })
  } catch (error) {
    console.error('[placard] withdrawing a signature failed:', error)
    return new Response('We couldn’t withdraw your signature just now. Please try again in a minute.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
}
