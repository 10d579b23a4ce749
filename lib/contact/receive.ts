import { pool } from '@/lib/db/pool'
import { formAnswer, keptEntries, type SignAnswer } from '@/lib/http/flash'
import { jsonReply, toResponse, type PlainReply } from '@/lib/http/reply'
import { hashIp } from '@/lib/http/client-ip'
import { parseBody } from '@/lib/http/read-body'
import { withinRateLimit } from '@/lib/rate-limit'
import { checkProofOfWork, proofMessages } from '@/lib/signatures/proof-of-work'
import { CONTACT_ACCEPTED } from '@/lib/contact/topics'
import { contactFieldErrors, contactRequestSchema, type ContactFields } from '@/lib/validation/contact'
import { CONTACT_DELIVERY_JOB } from '@/lib/contact/delivery-job'

// POST /api/contact: the public contact form. JSON from the form when JavaScript runs (the answer
// is shown in place), a plain form post otherwise (a 303 to a page that shows it). The same
// baseline as signing: a proof-of-work, a hidden field for bots, a limit per address. A message
// that passes is stored and its forwarding job queued in one statement, so a crash loses
// neither; one sent without the security check is kept for a moderator instead of forwarded.

export const CONTACT_PATH = '/contact'
/** Messages one address may send in an hour. */
export const CONTACT_LIMIT_PER_HOUR = 5
/** 5,000 characters of any script, percent-encoded by a plain form post, fit. */
const MAX_CONTACT_BYTES = 64 * 1024

const PROOF = proofMessages('Send', 'send your message again')

export async function handleContactRequest(request: Request, clientIp: string | null): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  const raw = declared > MAX_CONTACT_BYTES ? new Uint8Array(MAX_CONTACT_BYTES + 1) : new Uint8Array(await request.arrayBuffer())
  return toResponse(await handleContact(request.headers.get('content-type'), raw, clientIp))
}

export async function handleContact(contentType: string | null, raw: Uint8Array, clientIp: string | null): Promise<PlainReply> {
  const body = await parseBody(contentType, raw, MAX_CONTACT_BYTES)
  if (!body.ok) return jsonReply(body.status, { outcome: 'invalid', message: body.message })
  const pages = { back: `${CONTACT_PATH}/answer`, cookiePath: CONTACT_PATH, accepted: `${CONTACT_PATH}/sent`, values: keptEntries(body.data) }
  const respond = (status: number, answer: SignAnswer) => formAnswer(body.mode, status, answer, pages)

  const parsed = contactRequestSchema.safeParse(body.data)
  if (!parsed.success) {
    return respond(422, { outcome: 'invalid', message: 'Please correct the marked fields and send again.', fieldErrors: contactFieldErrors(parsed.error) })
  }
  const { website, altcha, ...fields } = parsed.data
  const ipHash = hashIp(clientIp)
  let heldReason: string | null = website ? 'honeypot' : null
  if (altcha) {
    const check = await checkProofOfWork(altcha)
    if (!check.ok) return respond(400, { outcome: 'proof-problem', message: PROOF[check.reason] })
    if (!(await withinRateLimit(`contact-proof:${check.signature}`, 1, 3 * 60 * 60))) return respond(400, { outcome: 'proof-problem', message: PROOF.reused })
  } else if (body.mode === 'json') {
    return respond(400, { outcome: 'proof-problem', message: PROOF.missing })
  } else {
    heldReason ??= 'no-proof-of-work'
  }

  try {
    if (ipHash && !(await withinRateLimit(`contact:${ipHash}`, CONTACT_LIMIT_PER_HOUR, 60 * 60))) {
      return respond(429, {
        outcome: 'too-many',
        message: `You have sent ${CONTACT_LIMIT_PER_HOUR} messages in the last hour, the most we accept from one connection. Please try again later, or email us directly.`,
      })
    }
    await storeMessage(fields, heldReason, ipHash)
    // Held or not, the sender gets the same answer: a bot learns nothing from it.
    return respond(200, { outcome: 'accepted', message: CONTACT_ACCEPTED })
  } catch (error) {
    console.error('[placard] a contact message could not be stored:', (error as Error).message)
    return respond(503, { outcome: 'unavailable', message: 'We couldn’t take your message just now. Please try again in a minute.' })
  }
}

async function storeMessage(fields: ContactFields, heldReason: string | null, ipHash: string | null) {
  await pool().query(
    `WITH msg AS (
       INSERT INTO contact_messages (id, topic, name, email, message, may_publish, held_reason, ip_hash)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7) RETURNING id, held_reason)
     INSERT INTO jobs (kind, payload) SELECT $8, jsonb_build_object('messageId', id) FROM msg WHERE held_reason IS NULL`,
    [fields.topic, fields.name, fields.email, fields.message, fields.mayPublish && fields.topic === 'solidarity', heldReason, ipHash, CONTACT_DELIVERY_JOB],
  )
}
