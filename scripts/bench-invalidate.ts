// npm run bench:invalidate — does signing slow down while a moderator invalidates a burst of
// 100,000 signatures? The production build signs under bench:sign's load (unique signers, 32
// connections) twice: once alone, once while the worker runs a bulk invalidation of 100,000
// confirmed signatures of the same petition. Prints both rates, their ratio, the
// invalidation's duration and the count before and after.
//
// Same configuration as bench:sign: lowered proof-of-work difficulty, X-Forwarded-For trusted.
// BENCH_PORT / BENCH_PG_PORT choose the ports, BENCH_SECONDS the length of each phase.
import pg from 'pg'
import { serveForSigning, signingStorm, solvedProofs } from './lib/signing-load'
import { CURRENT_CONSENT_VERSION } from '@/lib/validation/signature'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15)
const BURST = Number(process.env.BENCH_BURST ?? 100_000)
const SIGNERS = 40_000

const site = await serveForSigning('bench-invalidate', { port: 3301, pgPort: 5493 })
const sql = new pg.Client({ connectionString: site.databaseUrl })
await sql.connect()
try {
  const slug = 'bench-invalidate'
  const { rows: created } = await sql.query<{ id: string }>(
    `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
     VALUES (gen_random_uuid(), $1, 'Benchmark invalidation', 'x', '<p>x</p>', 'x', 1000, 'open', now()) RETURNING id`,
    [slug],
  )
  const petitionId = created[0]!.id
  console.log(`[bench] a burst of ${BURST.toLocaleString('en')} confirmed signatures from @burst.example …`)
  await sql.query(
    `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at, status, confirmed_at, ip_hash, created_at)
     SELECT gen_random_uuid(), $1, 'Burst ' || i, 'b' || i || '@burst.example', 'b' || i || '@burst.example', 'burst.example', 'GB', '2026-11', now(),
       'confirmed', now(), md5((i % 50)::text), now() - make_interval(secs => i / 100.0)
     FROM generate_series(1, $2) i`,
    [petitionId, BURST],
  )
  await sql.query('VACUUM ANALYZE signatures')
  console.log(`[bench] solving ${SIGNERS} proofs-of-work …`)
  const proofs = await solvedProofs(SIGNERS)
  let next = 0

  async function storm() {
    let accepted = 0
    const run = await signingStorm({
      url: site.url,
      slug,
      proofs,
      connections: CONNECTIONS,
      seconds: DURATION_S,
      from: next,
      signer: (i) => ({ fullName: `Signer ${i} Bench`, email: `bench.${i}@gmail.com`, country: 'DE', consentVersion: CURRENT_CONSENT_VERSION }),
      onAnswer: (outcome) => {
        if (outcome === 'accepted') accepted++
      },
    })
    next = run.next
    return { rate: accepted / run.seconds, p99: run.result.latency.p99, errors: run.result.errors + run.result.timeouts + run.result.non2xx }
  }
  const count = async () => ((await (await fetch(`${site.url}/petitions/${slug}/count.json`)).json()) as { count: number }).count

  console.log(`[bench] signing alone for ${DURATION_S} s …`)
  const alone = await storm()
  const countBefore = await count()

  // The moderator's click, exactly as the action does it (lib/moderation/invalidation.ts).
  const { db } = await import('@/lib/db/client')
  const { startInvalidation } = await import('@/lib/moderation/invalidation')
  const { recordAudit } = await import('@/lib/audit/record')
  const user = await db.user.findFirstOrThrow({ where: { role: 'admin' }, select: { id: true, name: true, email: true, role: true } })
  console.log(`[bench] signing for ${DURATION_S} s while the worker invalidates @burst.example …`)
  const clicked = Date.now()
  const { id, total } = await db.$transaction(
    (tx) =>
      startInvalidation({ petition: petitionId, domain: 'burst.example' }, { tx, user, audit: (e) => recordAudit(tx, { id: user.id, label: user.email }, e) }),
    { timeout: 60_000 },
  )
  const startedIn = (Date.now() - clicked) / 1000
  const during = await storm()
  let finished: Date | null = null
  for (;;) {
    const op = await db.signatureInvalidation.findUniqueOrThrow({ where: { id } })
    if (op.state === 'done') {
      finished = op.finishedAt
      break
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  const duration = (finished!.getTime() - clicked) / 1000
  await new Promise((r) => setTimeout(r, 500))
  const countAfter = await count()
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM signatures WHERE email_domain = 'burst.example' AND status = 'invalidated'`)

  console.log(`
bench:invalidate — ${CONNECTIONS} connections, ${DURATION_S} s per phase, production build, fresh database

signing alone                                 ${alone.rate.toFixed(0)} accepted/s, p99 ${alone.p99} ms, errors ${alone.errors}
signing during the bulk invalidation          ${during.rate.toFixed(0)} accepted/s, p99 ${during.p99} ms, errors ${during.errors}
ratio (during / alone)                        ${((during.rate / alone.rate) * 100).toFixed(0)}%
${`invalidation of ${total.toLocaleString('en')} signatures`.padEnd(46)}recorded in ${startedIn.toFixed(1)} s, finished ${duration.toFixed(1)} s after the click (${(total / duration).toFixed(0)} rows/s)
rows invalidated                              ${rows[0]!.n.toLocaleString('en')}
public count before / after (count.json)      ${countBefore.toLocaleString('en')} / ${countAfter.toLocaleString('en')}
`)
  const checks = [
    ['signing keeps at least 80% of its rate during the invalidation', during.rate >= 0.8 * alone.rate],
    ['every burst signature invalidated', rows[0]!.n === BURST],
    ['the count dropped by the burst', countBefore - countAfter === BURST],
    ['no errors', alone.errors + during.errors === 0],
  ] as const
  for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`)
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1
} finally {
  await sql.end()
  await site.stop()
}
