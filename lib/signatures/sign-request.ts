import { hashIp } from '@/lib/http/client-ip'
import { parseBody, MAX_BODY_BYTES, type BodyResult } from '@/lib/http/read-body'
import { formAnswer, keptEntries, type SignAnswer } from '@/lib/http/flash'
import { jsonReply, toResponse, type PlainReply } from '@/lib/http/reply'
import { currentHoldRules } from '@/lib/signatures/hold-rules'
import { judgeSubmittedProof, proofMessages } from '@/lib/signatures/proof-of-work'
import { signPetition, type HoldReason, type SignOutcome } from '@/lib/signatures/sign'
import { fieldErrorsOf, signatureRequestSchema } from '@/lib/validation/signature'
import { parseSlug } from '@/lib/validation/route-params'
import { paths } from '@/lib/paths'

// The sign endpoint: POST /api/petitions/<slug>/signatures. The form sends JSON when JavaScript
// runs (the answer is shown in place) and a plain form post otherwise (the answer is a page,
// reached by a 303 redirect). Suspicious signatures get exactly the same answer as any other.

const PROOF_MESSAGES = proofMessages('Sign', 'sign again')

function answerFor(outcome: SignOutcome): { status: number; answer: SignAnswer } {
  switch (outcome.kind) {
    case 'accepted':
      return {
        status: 200,
        answer: {
          outcome: 'accepted',
          message: 'Thank you! Now check your email: open the link we just sent you to confirm your signature. It only counts once it is confirmed.',
        },
      }
    case 'already-signed':
      return {
        status: 200,
        answer: {
          outcome: 'already-signed',
          message:
            'You have already signed this petition with this email address. If you haven’t confirmed your signature yet, we can send the confirmation email again.',
        },
      }
    case 'unknown-petition':
      return { status: 404, answer: { outcome: 'unknown-petition', message: 'There is no petition at this address.' } }
    case 'closed':
      return {
        status: 409,
        answer: {
          outcome: 'closed',
          message:
            outcome.status === 'delivered'
              ? 'This petition has been delivered and no longer takes signatures.'
              : 'This petition is closed and no longer takes signatures.',
        },
      }
    case 'proof-reused':
      return { status: 400, answer: { outcome: 'proof-problem', message: PROOF_MESSAGES.reused } }
  }
}

export async function handleSignRequest(request: Request, rawSlug: string, clientIp: string | null): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  const body = declared > MAX_BODY_BYTES ? new Uint8Array(MAX_BODY_BYTES + 1) : new Uint8Array(await request.arrayBuffer())
  return toResponse(await handleSign(request.headers.get('content-type'), body, rawSlug, clientIp))
}

export async function handleSign(contentType: string | null, rawBody: Uint8Array, rawSlug: string, clientIp: string | null): Promise<PlainReply> {
  const slug = parseSlug(rawSlug)
  if (!slug) return jsonReply(404, { outcome: 'unknown-petition', message: 'There is no petition at this address.' })
  const body: BodyResult = await parseBody(contentType, rawBody)
  if (!body.ok) return jsonReply(body.status, { outcome: 'invalid', message: body.message })
  const pages = {
    back: paths.petitionSign(slug),
    cookiePath: paths.petition(slug),
    accepted: paths.petitionDone(slug, 'thanks'),
    values: keptEntries(body.data),
  }
  const respond = (status: number, answer: SignAnswer) => formAnswer(body.mode, status, answer, pages)

  const parsed = signatureRequestSchema.safeParse(body.data)
  if (!parsed.success) {
    return respond(422, { outcome: 'invalid', message: 'Please correct the marked fields and sign again.', fieldErrors: fieldErrorsOf(parsed.error) })
  }
  const { website, altcha, ...fields } = parsed.data
  const rules = await currentHoldRules()
  const holdReasons: HoldReason[] = []
  if (website) holdReasons.push('honeypot')

  // Without JavaScript there is no proof-of-work; the signature is kept for a moderator.
  const judged = await judgeSubmittedProof(altcha, body.mode, rules.minFillSeconds)
  if (!judged.ok) return respond(400, { outcome: 'proof-problem', message: PROOF_MESSAGES[judged.reason] })
  const { proof } = judged
  holdReasons.push(...judged.holds)

  try {
    const outcome = await signPetition({ petitionSlug: slug, fields, ipHash: hashIp(clientIp), proof, holdReasons, rules })
    const { status, answer } = answerFor(outcome)
    return respond(status, answer)
  } catch (error) {
    console.error('[placard] signing failed for petition %s:', slug, error)
    return respond(503, { outcome: 'unavailable', message: 'We couldn’t record your signature just now. Please try again in a minute.' })
  }
}
