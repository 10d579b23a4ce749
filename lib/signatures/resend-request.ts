import { z } from 'zod'
import { readBody } from '@/lib/http/read-body'
import { resendConfirmation } from '@/lib/signatures/confirm'
import { formAnswer, type SignAnswer } from '@/lib/http/flash'
import { toResponse } from '@/lib/http/reply'
import { parseSlug } from '@/lib/validation/route-params'
import { paths } from '@/lib/paths'

const resendSchema = z.object({ email: z.string().trim().max(254).pipe(z.email()) })

// Same answer whether or not the address signed, so it reveals nothing to a stranger.
const SENT: SignAnswer = {
  outcome: 'resent',
  message:
    'If this address has an unconfirmed signature on this petition, we have sent the confirmation email again. Please check your inbox (and your spam folder).',
}

export async function handleResendRequest(request: Request, rawSlug: string): Promise<Response> {
  const slug = parseSlug(rawSlug)
  if (!slug) return Response.json({ outcome: 'unknown-petition', message: 'There is no petition at this address.' }, { status: 404 })
  const body = await readBody(request)
  if (!body.ok) return Response.json({ outcome: 'invalid', message: body.message }, { status: body.status })
  const parsed = resendSchema.safeParse(body.data)
  let status = 200
  let answer = SENT
  if (!parsed.success) {
    status = 422
    answer = {
      outcome: 'invalid',
      message: 'Please enter the email address you signed with.',
      fieldErrors: { email: 'Please enter the email address you signed with.' },
    }
  } else {
    try {
      await resendConfirmation(slug, parsed.data.email)
    } catch (error) {
      console.error('[placard] resending a confirmation failed for petition %s:', slug, error)
      status = 503
      answer = { outcome: 'unavailable', message: 'We couldn’t send the email just now. Please try again in a minute.' }
    }
  }
  return toResponse(formAnswer(body.mode, status, answer, { back: paths.petitionSign(slug), cookiePath: paths.petition(slug) }))
}
