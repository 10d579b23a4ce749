import { createHash, randomBytes } from 'node:crypto'
import { serveProduction } from './serve-production'

// What the signing benchmarks (bench:sign, bench:invalidate) share: a production site set up
// as the issue allows for load tests (proof-of-work difficulty lowered, X-Forwarded-For trusted
// so each signer can come from its own address), and proofs-of-work solved ahead of the storm.

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

/** Solved proofs-of-work, issued a minute ago as if each signer had opened the page then. */
export async function solvedProofs(count: number) {
  const { newChallenge } = await import('@/lib/signatures/proof-of-work')
  const proofs: string[] = []
  for (let i = 0; i < count; i++) {
    const c = await newChallenge(Date.now() - 60_000)
    let number = 0
    while (
      createHash('sha256')
        .update(c.salt + number)
        .digest('hex') !== c.challenge
    )
      number++
    proofs.push(Buffer.from(JSON.stringify({ ...c, number })).toString('base64'))
  }
  return proofs
}
