import { hashIp } from '@/lib/http/client-ip'
import { readBody } from '@/lib/http/read-body'
import { recordLetterSent, type SentHoldReason, type SentOutcome } from '@/lib/letters/send'
import { currentHoldRules } from '@/lib/signatures/hold-rules'
import { judgeSubmittedProof, proofMessages } from '@/lib/signatures/proof-of-work'
import { paths } from '@/lib/paths'
import { letterSentSchema } from '@/lib/validation/letter'
import { parseSlug } from '@/lib/validation/route-params'

// "I sent it": POST /api/letters/<slug>/sent. With JavaScript the button sends JSON with a
// proof-of-work and shows the new count in place; without, a plain form post is answered with
// a 303 to the thank-you page (and, having no proof-of-work, is held like such a signature).
// Suspicious presses get exactly the same answer as any other. "Show my name publicly" adds a
// name and a town or organisation to the press (see lib/letters/send.ts).

export type SentAnswer = { outcome: 'counted' | 'invalid' | 'unknown-letter' | 'closed' | 'proof-problem' | 'unavailable'; message: string; count?: number }

const PROOF_MESSAGES = proofMessages('I sent it', 'press “I sent it” again')

const UNKNOWN = { outcome: 'unknown-letter', message: 'There is no letter action at this address.' } as const

const NAME_WAITS = ' Your name is shown on this page once a moderator has checked it.'

function answerFor(outcome: SentOutcome, named: boolean): { status: number; answer: SentAnswer } {
  switch (outcome.kind) {
    case 'counted':
      return { status: 200, answer: { outcome: 'counted', message: `Thank you! Your letter is counted.${named ? NAME_WAITS : ''}`, count: outcome.count } }
    case 'unknown-letter':
      return { status: 404, answer: UNKNOWN }
    case 'closed':
      return { status: 409, answer: { outcome: 'closed', message: 'This letter action is closed and no longer counts letters.' } }
    case 'proof-reused':
      return { status: 400, answer: { outcome: 'proof-problem', message: PROOF_MESSAGES.reused } }
  }
}

export async function handleLetterSent(request: Request, rawSlug: string, clientIp: string | null): Promise<Response> {
  const slug = parseSlug(rawSlug)
  if (!slug) return json(404, UNKNOWN)
  const body = await readBody(request)
  if (!body.ok) return json(body.status, { outcome: 'invalid', message: body.message })
  const respond = (status: number, answer: SentAnswer) => (body.mode === 'json' ? json(status, answer) : formReply(slug, status, answer))

  const parsed = letterSentSchema.safeParse(body.data)
  if (!parsed.success) {
    const named = parsed.error.issues.find((i) => i.path[0] === 'publicName' || i.path[0] === 'publicPlace')
    return respond(400, named ? { outcome: 'invalid', message: named.message } : { outcome: 'proof-problem', message: PROOF_MESSAGES.malformed })
  }
  const { website, altcha, publicName } = parsed.data
  const rules = await currentHoldRules()
  const holdReasons: SentHoldReason[] = website ? ['honeypot'] : []
  const judged = await judgeSubmittedProof(altcha, body.mode, rules.minFillSeconds)
  if (!judged.ok) return respond(400, { outcome: 'proof-problem', message: PROOF_MESSAGES[judged.reason] })
  const { proof } = judged
  holdReasons.push(...judged.holds)

  try {
    const outcome = await recordLetterSent({ letterSlug: slug, ipHash: hashIp(clientIp), proof, holdReasons, rules, publicName })
    const { status, answer } = answerFor(outcome, publicName !== null)
    return respond(status, answer)
  } catch (error) {
    console.error('[placard] counting a letter failed for %s:', slug, error)
    return respond(503, { outcome: 'unavailable', message: 'We couldn’t count your letter just now. Please try again in a minute.' })
  }
}

function json(status: number, answer: SentAnswer): Response {
  return Response.json(answer, { status })
}

/** Without JavaScript: the thank-you page, or the problem in words with its status. */
function formReply(slug: string, status: number, answer: SentAnswer): Response {
  if (answer.outcome === 'counted') return new Response(null, { status: 303, headers: { location: `${paths.letter(slug)}/sent` } })
  return new Response(`${answer.message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
