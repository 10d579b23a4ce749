import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { createChallenge } from 'altcha-lib/v1'
import { parseEnv } from '@/lib/env'
import { derivedKey } from '@/lib/secrets'

// Self-hosted ALTCHA: the browser finds a number whose SHA-256 with the challenge's salt
// matches, which costs a person a fraction of a second and a bulk sender real CPU. The
// challenge records when it was issued, which also tells us how fast the form was filled.

const CHALLENGE_TTL_MS = 2 * 60 * 60 * 1000

export async function newChallenge(now = Date.now()) {
  return createChallenge({
    hmacKey: derivedKey('altcha'),
    maxnumber: parseEnv().ALTCHA_MAX_NUMBER,
    expires: new Date(now + CHALLENGE_TTL_MS),
    params: { issued: String(now) },
  })
}

export type ProofCheck = { ok: true; signature: string; issuedAt: number } | { ok: false; reason: 'malformed' | 'invalid' | 'expired' }

const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * Checks an ALTCHA (v1) solution: the number hashes with the salt to the challenge, and the
 * challenge carries our signature. Done with node:crypto directly: synchronous and ~100x
 * cheaper than going through WebCrypto, which matters on the sign endpoint's hot path.
 */
export async function checkProofOfWork(payloadBase64: string, now = Date.now()): Promise<ProofCheck> {
  let payload: { algorithm?: unknown; challenge?: unknown; number?: unknown; salt?: unknown; signature?: unknown }
  try {
    payload = JSON.parse(Buffer.from(payloadBase64, 'base64').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  const { algorithm, challenge, number, salt, signature } = payload
  if (algorithm !== 'SHA-256' || typeof challenge !== 'string' || typeof number !== 'number' || typeof salt !== 'string' || typeof signature !== 'string') {
    return { ok: false, reason: 'malformed' }
  }
  // Our challenges' salts end with "&" (altcha-lib ≥ 1.4.1), so no digit of the number can be
  // moved into the salt to forge its parameters (CVE-2025-68113): refuse any other form.
  if (!salt.endsWith('&')) return { ok: false, reason: 'malformed' }
  const params = new URLSearchParams(salt.split('?')[1] ?? '')
  const expires = Number(params.get('expires')) * 1000
  if (!Number.isFinite(expires) || expires === 0 || expires < now) return { ok: false, reason: 'expired' }
  const expectedChallenge = createHash('sha256')
    .update(salt + number)
    .digest('hex')
  const expectedSignature = createHmac('sha256', derivedKey('altcha')).update(challenge).digest('hex')
  if (!sameHex(expectedChallenge, challenge) || !sameHex(expectedSignature, signature)) return { ok: false, reason: 'invalid' }
  return { ok: true, signature, issuedAt: Number(params.get('issued')) || 0 }
}

/** What a form says when its proof-of-work is missing or wrong; `button` is the form's button. */
export function proofMessages(button: string, again: string) {
  return {
    missing: `The security check hasn’t finished yet. Please wait a moment and press “${button}” again.`,
    malformed: `The security check failed. Please reload the page and ${again}.`,
    invalid: `The security check failed. Please reload the page and ${again}.`,
    expired: `The security check expired. Please reload the page and ${again}.`,
    reused: `This security check was already used. Please reload the page and ${again}.`,
  }
}
