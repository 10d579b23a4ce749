import 'server-only'
import type { z } from 'zod'
import { CLIENT_IP_HEADER, hashIp, trustedClientIp } from '@/lib/http/client-ip'
import { formAnswer, keptEntries, type FormFlash } from '@/lib/http/flash'
import { toResponse } from '@/lib/http/reply'
import { readBody } from '@/lib/http/read-body'
import { withinRateLimit } from '@/lib/rate-limit'
import { currentHoldRules } from '@/lib/signatures/hold-rules'
import { checkProofOfWork } from '@/lib/signatures/proof-of-work'
import { firstErrorPerField } from '@/lib/validation/field-errors'

// The public forms besides signing (sponsors and supporters, solidarity messages) share the
// signing's anti-abuse baseline: a honeypot, the self-hosted proof-of-work, the minimum time to
// fill a form, and the admin's burst limit per connection. What looks unusual is not refused but
// flagged for the moderator, who reads every entry before it is shown. The form posts as plain
// HTML (the proof-of-work is added by script when it runs), so it works without JavaScript: the
// answer is a 303 to a page, carrying any message in the flash cookie; JSON gets JSON.

export type Flag = 'honeypot' | 'too-fast' | 'no-proof-of-work' | 'ip-burst'
export type SaveMeta = { flags: Flag[]; ipHash: string | null; proofSignature: string | null }
export type SaveOutcome = 'accepted' | 'already' | 'proof-reused' | 'not-found'

type Options<S extends z.ZodType> = {
  schema: S
  /** Where a plain form post is sent back to with its messages. */
  formPath: string
  /** Where a plain form post goes once accepted. */
  thanksPath: string
  messages: { accepted: string; already: string; notFound: string; unavailable: string }
  save: (fields: Omit<z.infer<S>, 'website' | 'altcha'>, meta: SaveMeta) => Promise<SaveOutcome>
}

const PROOF = {
  malformed: 'The security check failed. Please reload the page and send the form again.',
  invalid: 'The security check failed. Please reload the page and send the form again.',
  expired: 'The security check expired. Please reload the page and send the form again.',
  reused: 'This security check was already used. Please reload the page and send the form again.',
}

export async function handlePublicForm<S extends z.ZodType>(request: Request, options: Options<S>): Promise<Response> {
  const body = await readBody(request)
  if (!body.ok) return Response.json({ outcome: 'invalid', message: body.message }, { status: body.status })
  // The address is not put back: it is the one thing kept out of the cookie.
  const { email: _email, ...values } = keptEntries(body.data)
  const pages = { back: options.formPath, cookiePath: options.formPath, accepted: options.thanksPath, values }
  const answer = (status: number, flash: FormFlash) => toResponse(formAnswer(body.mode, status, flash, pages))

  const parsed = options.schema.safeParse(body.data)
  if (!parsed.success) {
    return answer(422, {
      outcome: 'invalid',
      message: 'Please correct the marked fields and send the form again.',
      fieldErrors: firstErrorPerField(parsed.error) as Record<string, string>,
    })
  }
  const { website, altcha, ...fields } = parsed.data as { website?: string; altcha?: string } & Record<string, unknown>
  const rules = await currentHoldRules()
  const flags: Flag[] = website ? ['honeypot'] : []
  let proofSignature: string | null = null
  if (altcha) {
    const check = await checkProofOfWork(altcha)
    if (!check.ok) return answer(400, { outcome: 'proof-problem', message: PROOF[check.reason] })
    proofSignature = check.signature
    if (Date.now() - check.issuedAt < rules.minFillSeconds * 1000) flags.push('too-fast')
  } else flags.push('no-proof-of-work')

  try {
    const ipHash = hashIp(trustedClientIp(request.headers.get(CLIENT_IP_HEADER)))
    if (ipHash && !(await withinRateLimit(`form:${ipHash}`, rules.ipBurstLimit, rules.burstWindowMinutes * 60))) flags.push('ip-burst')
    const outcome = await options.save(fields as Omit<z.infer<S>, 'website' | 'altcha'>, { flags, ipHash, proofSignature })
    if (outcome === 'accepted') return answer(200, { outcome, message: options.messages.accepted })
    if (outcome === 'already') return answer(200, { outcome, message: options.messages.already })
    if (outcome === 'not-found') return answer(404, { outcome, message: options.messages.notFound })
    return answer(400, { outcome: 'proof-problem', message: PROOF.reused })
  } catch (error) {
    console.error('[placard] saving a public form failed (%s):', options.formPath, error)
    return answer(503, { outcome: 'unavailable', message: options.messages.unavailable })
  }
}
