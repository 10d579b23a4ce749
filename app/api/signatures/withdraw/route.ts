import { z } from 'zod'
import { readBody } from '@/lib/http/read-body'
import { seeOther, unavailable } from '@/lib/http/reply'
import { paths } from '@/lib/paths'
import { withdrawSignature } from '@/lib/signatures/confirm'

const schema = z.object({ token: z.string().min(1).max(200) })

// Public: the signer presses "Withdraw my signature" on the page their email linked to.
export async function POST(request: Request) {
  const body = await readBody(request)
  const parsed = body.ok ? schema.safeParse(body.data) : null
  if (!parsed?.success) return seeOther('/signatures/invalid-link')
  try {
    const outcome = await withdrawSignature(parsed.data.token)
    return seeOther(outcome.kind === 'invalid-link' ? '/signatures/invalid-link' : paths.petitionDone(outcome.petitionSlug, outcome.kind))
  } catch (error) {
    console.error('[placard] withdrawing a signature failed:', error)
    return unavailable('We couldn’t withdraw your signature just now. Please try again in a minute.')
  }
}
