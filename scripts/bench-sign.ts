// npm run bench:sign — a storm of unique signers against the real sign endpoint of the
// production build, then every accepted signature confirmed through the link in its email.
// Prints accepted signatures/s, latency, errors, confirmations/s, rows, the settled count, and
// the raw INSERT ceiling of the same PostgreSQL measured in the same run.
//
// Configuration differences from production, as the issue allows: proof-of-work difficulty is
// lowered (ALTCHA_MAX_NUMBER=100) and the app trusts X-Forwarded-For (TRUST_PROXY=true), so each
// signer can come from its own address. Every other check runs as in production.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { serveForSigning, signingStorm, solvedProofs } from './lib/signing-load'
import { CURRENT_CONSENT_VERSION } from '@/lib/validation/signature'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15)
const MAX_SIGNERS = Number(process.env.BENCH_MAX_SIGNERS ?? 60_000)

const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'gmx.de', 'web.de', 'proton.me']
const COUNTRIES = ['GB', 'DE', 'FR', 'US', 'IE', 'SE', 'NL', 'ES', 'IT', 'PL', 'CA', 'AU']

/** 32 connections inserting unique rows into a table shaped like signatures, for DURATION_S. */
async function rawInsertCeiling(url: string) {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query('DROP TABLE IF EXISTS bench_raw_inserts')
  await admin.query(
    'CREATE TABLE bench_raw_inserts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), petition_id uuid NOT NULL, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (petition_id, email))',
  )
  const petition = '00000000-0000-0000-0000-000000000001'
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS })
  let n = 0
  const end = Date.now() + DURATION_S * 1000
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) await pool.query('INSERT INTO bench_raw_inserts (petition_id, email) VALUES ($1, $2)', [petition, `raw-${n++}@example.org`])
    }),
  )
  const { rows } = await admin.query<{ count: number }>('SELECT count(*)::int AS count FROM bench_raw_inserts')
  await admin.query('DROP TABLE bench_raw_inserts')
  await admin.end()
  await pool.end()
  return rows[0]!.count / DURATION_S
}

const site = await serveForSigning('bench-sign', { port: 3300, pgPort: 5494 })
const db = new pg.Client({ connectionString: site.databaseUrl })
await db.connect()
try {
  console.log(`[bench] measuring the raw INSERT ceiling (${CONNECTIONS} connections, ${DURATION_S} s) …`)
  const ceiling = await rawInsertCeiling(site.databaseUrl)

  const slug = 'bench-storm'
  const { rows: created } = await db.query<{ id: string }>(
    `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
     VALUES (gen_random_uuid(), $1, 'Benchmark storm', 'x', '<p>x</p>', 'x', 1000, 'open', now()) RETURNING id`,
    [slug],
  )
  const petitionId = created[0]!.id
  console.log(`[bench] solving ${MAX_SIGNERS} proofs-of-work ahead of the storm …`)
  const proofs = await solvedProofs(MAX_SIGNERS)

  // Phase 1: the storm.
  const acceptedEmails: string[] = []
  const outcomes = new Map<string, number>()
  const emailOf = (i: number) => `bench.signer.${i}@${FREE_MAIL[i % FREE_MAIL.length]}`
  console.log(`[bench] signing for ${DURATION_S} s at ${CONNECTIONS} connections …`)
  const { result, seconds: signSeconds } = await signingStorm({
    url: site.url,
    slug,
    proofs,
    connections: CONNECTIONS,
    seconds: DURATION_S,
    signer: (i) => ({
      fullName: `Signer ${i} Bench`,
      email: emailOf(i),
      country: COUNTRIES[i % COUNTRIES.length],
      showName: i % 2 === 0,
      consentVersion: CURRENT_CONSENT_VERSION,
    }),
    onAnswer: (outcome, i) => {
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
      if (outcome === 'accepted') acceptedEmails.push(emailOf(i))
    },
  })
  const accepted = outcomes.get('accepted') ?? 0

  // Phase 2: every accepted signer opens the link in their email.
  console.log('[bench] waiting for the worker to send every confirmation email …')
  const drainStarted = Date.now()
  for (;;) {
    const { rows } = await db.query<{ waiting: number }>('SELECT count(*)::int AS waiting FROM jobs WHERE done_at IS NULL AND failed_at IS NULL')
    if (rows[0]!.waiting === 0) break
    await new Promise((r) => setTimeout(r, 250))
  }
  const drainSeconds = (Date.now() - drainStarted) / 1000
  const outbox = path.join(site.env.PLACARD_DATA_DIR!, 'outbox')
  const links = readdirSync(outbox).flatMap((file) => {
    const raw = readFileSync(path.join(outbox, file), 'utf8')
    const link = raw.match(/\/signatures\/confirm\?token=[A-Za-z0-9._-]+/)?.[0]
    return raw.includes('Benchmark storm') && link ? [link] : []
  })
  let li = 0
  const confirmOutcomes = new Map<string, number>()
  const oddAnswers: string[] = []
  const confirmStarted = Date.now()
  const confirmResult = await autocannon({
    url: site.url,
    connections: CONNECTIONS,
    amount: links.length,
    requests: [
      {
        method: 'GET',
        setupRequest: (req, context) => {
          const link = links[li++ % links.length]!
          ;(context as { link?: string }).link = link
          return { ...req, path: link }
        },
        onResponse: (status, _body, context, headers) => {
          const location = String((headers as Record<string, string> | undefined)?.location ?? status)
          const key = location.split('/').pop() ?? location
          confirmOutcomes.set(key, (confirmOutcomes.get(key) ?? 0) + 1)
          if (key !== 'confirmed' && oddAnswers.length < 5) oddAnswers.push(`${key} <- ${(context as { link: string }).link}`)
        },
      },
    ],
  })
  const confirmSeconds = (Date.now() - confirmStarted) / 1000

  // Phase 3: settle and compare.
  await new Promise((r) => setTimeout(r, 1500))
  const { rows: stats } = await db.query<{ rows: number; confirmed: number; held: number }>(
    `SELECT count(*)::int AS rows, count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE held)::int AS held
     FROM signatures WHERE petition_id = $1`,
    [petitionId],
  )
  const shown = (await (await fetch(`${site.url}/petitions/${slug}/count.json`, { headers: { 'cache-control': 'no-cache' } })).json()) as { count: number }
  const confirmedOk = confirmOutcomes.get('confirmed') ?? 0

  const ratio = accepted / signSeconds / ceiling
  const p50 = result.latency.p50
  const p99 = result.latency.p99
  // Every signer told "accepted" must have a row (requests still in flight when the clock ran
  // out were stored too, but got no answer, so rows can exceed answers).
  const { rows: found } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures WHERE petition_id = $1 AND email = ANY($2)', [
    petitionId,
    acceptedEmails,
  ])
  const lost = accepted - found[0]!.n
  console.log(`
bench:sign — ${CONNECTIONS} connections, ${DURATION_S} s of signing, production build, fresh database

raw INSERT ceiling (same PostgreSQL, ${CONNECTIONS} connections)  ${ceiling.toFixed(0)} rows/s
sign requests                                 ${result.requests.total} (${(result.requests.total / signSeconds).toFixed(0)}/s)
accepted signatures                           ${accepted} (${(accepted / signSeconds).toFixed(0)}/s = ${(ratio * 100).toFixed(0)}% of the raw INSERT ceiling)
other answers                                 ${JSON.stringify(Object.fromEntries([...outcomes].filter(([k]) => k !== 'accepted')))}
latency p50 / p99                             ${p50} ms / ${p99} ms
errors (connection, timeout)                  ${result.errors + result.timeouts}
confirmation emails sent, after the storm     ${links.length} in ${drainSeconds.toFixed(1)} s
confirmations                                 ${confirmedOk} (${(confirmedOk / confirmSeconds).toFixed(0)}/s), other answers ${JSON.stringify(Object.fromEntries([...confirmOutcomes].filter(([k]) => k !== 'confirmed')))}, errors ${confirmResult.errors + confirmResult.timeouts}
signature rows in the database                ${stats[0]!.rows} (confirmed ${stats[0]!.confirmed}, held ${stats[0]!.held})
count shown after settling (count.json)       ${shown.count}
lost signatures (answered "accepted", no row) ${lost}
`)
  if (oddAnswers.length)
    console.log(
      `confirmation answers other than "confirmed" (first ${oddAnswers.length}):\n  ${oddAnswers.join('\n  ')}\n  distinct links: ${new Set(links).size} of ${links.length}`,
    )
  const checks = [
    [`accepted/s >= 20% of the raw INSERT ceiling`, ratio >= 0.2],
    ['p99 < 250 ms', p99 < 250],
    ['no signature lost, every stored signature emailed and confirmed', lost === 0 && links.length === stats[0]!.rows && confirmedOk === stats[0]!.rows],
    ['count equals confirmations after settling', shown.count === confirmedOk && confirmedOk === stats[0]!.confirmed],
    ['no errors', result.errors + result.timeouts === 0 && ![...outcomes.keys()].some((k) => k.startsWith('HTTP 5'))],
  ] as const
  for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`)
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1
} finally {
  await db.end()
  await site.stop()
}
