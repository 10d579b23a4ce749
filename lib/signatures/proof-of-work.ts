import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1'
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

export type ProofCheck =
  | { ok: true; signature: string; issuedAt: number; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'invalid' | 'expired' }

export async function checkProofOfWork(payloadBase64: string, now = Date.now()): Promise<ProofCheck> {
  let payload: { signature?: unknown; salt?: unknown }
  try {
    payload = JSON.parse(Buffer.from(payloadBase64, 'base64').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (typeof payload.signature !== 'string' || typeof payload.salt !== 'string') return { ok: false, reason: 'malformed' }
  const params = extractParams(payloadBase64)
  const expires = Number(params.expires) * 1000
  if (!Number.isFinite(expires) || expires < now) return { ok: false, reason: 'expired' }
  if (!(await verifySolution(payloadBase64, derivedKey('altcha'), false))) return { ok: false, reason: 'invalid' }
  return { ok: true, signature: payload.signature, issuedAt: Number(params.issued) || 0, expiresAt: new Date(expires) }
}
