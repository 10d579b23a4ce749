import { db } from '@/lib/db/client'
import { hashIp } from '@/lib/http/client-ip'
import { formAnswer, keptEntries, type SignAnswer } from '@/lib/http/flash'
import { toResponse } from '@/lib/http/reply'
import { readBody } from '@/lib/http/read-body'
import { registerEvent, MAX_PER_ORGANISER, type EventHoldReason } from '@/lib/action-days/register'
import { DAYS_AROUND, registrationOpen, withinDaysAround } from '@/lib/action-days/window'
import { instantOf, isTimeZone, severalZonesMessage, zoneForCountry } from '@/lib/action-days/time-zone'
import { currentHoldRules } from '@/lib/signatures/hold-rules'
import { checkProofOfWork, proofMessages } from '@/lib/signatures/proof-of-work'
import { actionEventRequestSchema, eventFieldErrors } from '@/lib/validation/action-event'
import { parseSlug } from '@/lib/validation/route-params'
import { paths } from '@/lib/paths'

// POST /api/days-of-action/<slug>/events: an organiser registers a local protest. JSON gets a
// JSON answer; a plain form post (with or without JavaScript: the page's script only adds the
// proof-of-work) is answered with a 303, to the "check your email" page or back to the form
// with its messages (lib/http/flash.ts). Without a proof-of-work the registration is kept and
// marked for the moderator, who approves every protest anyway.

const PROOF = proofMessages('Register the protest', 'send the form again')

type Answer = { status: number; answer: SignAnswer }
const invalid = (fieldErrors: Record<string, string>): Answer => ({
  status: 422,
  answer: { outcome: 'invalid', message: 'Please correct the marked fields and send the form again.', fieldErrors },
})

export async function handleRegisterRequest(request: Request, rawSlug: string, clientIp: string | null): Promise<Response> {
  const slug = parseSlug(rawSlug)
  if (!slug) return json(404, { outcome: 'unknown-day', message: 'There is no day of action at this address.' })
  const body = await readBody(request)
  if (!body.ok) return json(body.status, { outcome: 'invalid', message: body.message })
  const { status, answer } = await decide(body.data, slug, clientIp, body.mode)
  const base = paths.actionDay(slug)
  const values = Object.fromEntries(Object.entries(keptEntries(body.data)).filter(([, v]) => typeof v === 'string'))
  return toResponse(formAnswer(body.mode, status, answer, { back: `${base}/register`, cookiePath: base, accepted: `${base}/registered`, values }))
}

async function decide(data: Record<string, unknown>, slug: string, clientIp: string | null, mode: 'json' | 'form'): Promise<Answer> {
  const parsed = actionEventRequestSchema.safeParse(data)
  if (!parsed.success) return invalid(eventFieldErrors(parsed.error) as Record<string, string>)
  const { website, altcha, date, time, timeZone: chosenZone, ...fields } = parsed.data

  const day = await db.actionDay.findFirst({ where: { slug, status: 'published' }, select: { id: true, date: true } })
  if (!day) return { status: 404, answer: { outcome: 'unknown-day', message: 'There is no day of action at this address.' } }
  if (!registrationOpen(day.date))
    return { status: 409, answer: { outcome: 'closed', message: 'This day of action is over: protests can no longer be registered for it.' } }

  let zone: string
  if (chosenZone) {
    if (!isTimeZone(chosenZone)) return invalid({ timeZone: 'Please choose the time zone from the list.' })
    zone = chosenZone
  } else {
    const guess = zoneForCountry(fields.country, { date, time })
    if (!guess) return invalid({ timeZone: 'Please choose the time zone where the protest takes place.' })
    if ('several' in guess) return invalid({ timeZone: severalZonesMessage(fields.country, guess.several) })
    zone = guess.zone
  }
  const startsAt = instantOf({ date, time }, zone)
  if (!startsAt) return invalid({ time: `Clocks skip ${time} on that day (they go forward an hour): please choose another time.` })
  if (!withinDaysAround(day.date, date)) {
    const dayLabel = day.date.toISOString().slice(0, 10)
    return invalid({ date: `The day of action is on ${dayLabel}: register protests held within ${DAYS_AROUND} days of it.` })
  }

  const rules = await currentHoldRules()
  const holdReasons: EventHoldReason[] = website ? ['honeypot'] : []
  let proof: { signature: string } | null = null
  if (altcha) {
    const check = await checkProofOfWork(altcha)
    if (!check.ok) return { status: 400, answer: { outcome: 'proof-problem', message: PROOF[check.reason] } }
    proof = { signature: check.signature }
    if (Date.now() - check.issuedAt < rules.minFillSeconds * 1000) holdReasons.push('too-fast')
  } else if (mode === 'json') {
    return { status: 400, answer: { outcome: 'proof-problem', message: PROOF.missing } }
  } else {
    holdReasons.push('no-proof-of-work')
  }

  try {
    const outcome = await registerEvent({ dayId: day.id, fields, startsAt, timeZone: zone, ipHash: hashIp(clientIp), proof, holdReasons, rules })
    switch (outcome.kind) {
      case 'registered':
        return {
          status: 200,
          answer: {
            outcome: 'accepted',
            message: 'Thank you! Now check your email and open the link we sent you. A moderator then looks at the protest before it appears in the list.',
          },
        }
      case 'duplicate':
        return {
          status: 409,
          answer: {
            outcome: 'already-signed',
            message: 'You have already registered a protest in this city at this time. Check your email for the link to confirm it.',
          },
        }
      case 'too-many':
        return {
          status: 409,
          answer: {
            outcome: 'invalid',
            message: `One email address can register at most ${MAX_PER_ORGANISER} protests for a day of action. Please write to the campaign for more.`,
          },
        }
      case 'proof-reused':
        return { status: 400, answer: { outcome: 'proof-problem', message: PROOF.reused } }
    }
  } catch (error) {
    console.error('[placard] registering a protest for day %s failed:', slug, error)
    return { status: 503, answer: { outcome: 'unavailable', message: 'We couldn’t record the protest just now. Please try again in a minute.' } }
  }
}

function json(status: number, answer: SignAnswer): Response {
  return Response.json(answer, { status })
}
