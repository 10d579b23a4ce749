import { createHash, randomBytes } from 'node:crypto'
import autocannon from 'autocannon'
import { serveProduction } from './serve-production'

// What the signing benchmarks (bench:sign, bench:invalidate) share: a production site set up
// as the issue allows for load tests (proof-of-work difficulty lowered, X-Forwarded-For trusted
// so each signer can come from its own address), proofs-of-work solved ahead of the storm, and
// the storm itself.

export async function serveForSigning(name: string, defaults: { port: number; pgPort: number }) {
  const secret = randomBytes(32).toString('hex')
  process.env.PLACARD_SECRET = secret
  process.env.ALTCHA_MAX_NUMBER = '100'
  return serveProduction({
    name,
    port: Number(process.env.BENCH_PORT ?? defaults.port),
    pgPort: Number(process.env.BENCH_PG_PORT ?? defaults.pgPort),
    extraEnv: { PLACARD_SECRET: secret, ALTCHA_MAX_NUMBER: '100', TRUST_PROXY: 'true' },
  })
}

/** A solved proof-of-work, issued a minute ago as if the signer had opened the page then (each is single-use). */
export async function solvedProof(issuedAt = Date.now() - 60_000): Promise<string> {
  const { newChallenge } = await import('@/lib/signatures/proof-of-work')
  const c = await newChallenge(issuedAt)
  let number = 0
  while (
    createHash('sha256')
      .update(c.salt + number)
      .digest('hex') !== c.challenge
  )
    number++
  return Buffer.from(JSON.stringify({ ...c, number })).toString('base64')
}

/** Solved proofs-of-work for `count` signers. */
export async function solvedProofs(count: number) {
  const proofs: string[] = []
  for (let i = 0; i < count; i++) proofs.push(await solvedProof())
  return proofs
}

type Storm = {
  url: string
  slug: string
  proofs: string[]
  connections: number
  seconds: number
  /** The first signer's number: a second storm on the same petition goes on with new signers. */
  from?: number
  /** What signer i types into the form (the proof-of-work is added). */
  signer: (i: number) => Record<string, unknown>
  /** Each answer: the outcome ('accepted', 'already-signed' …, or 'HTTP 503') and the signer's number. */
  onAnswer?: (outcome: string, i: number) => void
}

/** Unique signers POSTing the JSON sign endpoint, each from its own address, for `seconds`. */
export async function signingStorm({ url, slug, proofs, connections, seconds, from = 0, signer, onAnswer }: Storm) {
  let next = from
  const started = Date.now()
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: `/api/petitions/${slug}/signatures`,
        setupRequest: (req, context) => {
          const i = next++ % proofs.length
          ;(context as { i?: number }).i = i
          return {
            ...req,
            body: JSON.stringify({ ...signer(i), altcha: proofs[i] }),
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
          }
        },
        onResponse: (status, body, context) => {
          const outcome = status === 200 ? (JSON.parse(body) as { outcome: string }).outcome : `HTTP ${status}`
          onAnswer?.(outcome, (context as { i: number }).i)
        },
      },
    ],
  })
  return { result, seconds: (Date.now() - started) / 1000, next }
}
