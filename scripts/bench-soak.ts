// npm run bench:soak [-- --minutes 2] — the deploy recipe (scripts/lib/cluster.ts) under a
// steady mixed load through nginx for 30 minutes by default: readers on the home, post,
// category and count pages, and signers. Prints every process's memory at the start (after a
// warm-up), each minute, and at the end, and whether it stayed flat.
//
// "Flat": a process's memory at the end is at most max(10 % of its start, 25 MiB) above its start,
// both measured after the warm-up (Node's heap and PostgreSQL's caches grow at first, then
// hold). As in bench:sign the proof-of-work difficulty is lowered (ALTCHA_MAX_NUMBER=100) and,
// since every signer reaches the instances through nginx from 127.0.0.1, the per-address burst
// limit is raised for the run (an admin setting).
import { parseArgs } from 'node:util'
import pg from 'pg'
import { startCluster, stopOnSignal } from './lib/cluster'
import { mib, postgresMemory, rssOf } from './lib/process-memory'
import { waitForJobs } from './lib/cluster-checks'
import { growthAllowed, newTally, soakLoad } from './lib/soak-load'

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '30' } } })
const MINUTES = Number(values.minutes)
if (!Number.isFinite(MINUTES) || MINUTES <= 0) throw new Error('--minutes must be a positive number')
const READS_PER_S = 200
const SIGNS_PER_S = 20
const WARMUP_S = 30

const cluster = await startCluster({ extraEnv: { ALTCHA_MAX_NUMBER: '100' } })
stopOnSignal(cluster)
Object.assign(process.env, { PLACARD_SECRET: cluster.env.PLACARD_SECRET, ALTCHA_MAX_NUMBER: '100', DATABASE_URL: cluster.databaseUrl })
const { solvedProofs } = await import('./lib/signing-load')
const { CURRENT_CONSENT_VERSION } = await import('@/lib/validation/signature')
const db = new pg.Client({ connectionString: cluster.databaseUrl })
await db.connect()

type Sample = Record<string, number>
function sample(): Sample {
  const postgres = postgresMemory(cluster.postmasterPid())
  return {
    'web 1 (RSS)': rssOf(cluster.instances[0]!.pid()),
    'web 2 (RSS)': rssOf(cluster.instances[1]!.pid()),
    'worker (RSS)': rssOf(cluster.workerPid()),
    'postgres (PSS, all processes)': postgres.pss,
  }
}

const stats = newTally()
const load = async (seconds: number, paths: string[]) =>
  soakLoad({
    url: cluster.url,
    paths,
    slug,
    readsPerS: READS_PER_S,
    signsPerS: SIGNS_PER_S,
    seconds,
    proofs: await solvedProofs(SIGNS_PER_S * seconds + 50),
    consentVersion: CURRENT_CONSENT_VERSION,
    tally: stats,
  })

const rows: { at: string; sample: Sample }[] = []
let petitionId = ''
let emailsSent = ''
// The cluster's database persists between runs: each run signs a petition of its own.
const slug = `soak-${Date.now()}`
try {
  const { rows: created } = await db.query<{ id: string }>(
    `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
     VALUES (gen_random_uuid(), $1, 'Soak', 'x', '<p>x</p>', 'x', 1000, 'open', now()) RETURNING id`,
    [slug],
  )
  petitionId = created[0]!.id
  await db.query(
    `INSERT INTO site_settings (id, ip_burst_limit, domain_burst_limit, burst_window_minutes, min_fill_seconds) VALUES (1, 100000, 20, 10, 3)
     ON CONFLICT (id) DO UPDATE SET ip_burst_limit = 100000`,
  )
  const { rows: posts } = await db.query<{ slug: string }>(`SELECT slug FROM posts WHERE status = 'published' ORDER BY published_at DESC LIMIT 10`)
  const paths = ['/', '/category/articles', '/category/appeals', `/petitions/${slug}`, `/petitions/${slug}/count.json`, ...posts.map((p) => `/posts/${p.slug}`)]

  console.log(`[soak] warm-up: ${WARMUP_S} s of the same load …`)
  await load(WARMUP_S, paths)
  rows.push({ at: 'start', sample: sample() })
  const started = Date.now()
  for (let minute = 1; minute <= Math.ceil(MINUTES); minute++) {
    const seconds = Math.min(60, Math.round(MINUTES * 60 - (Date.now() - started) / 1000))
    if (seconds <= 0) break
    await load(seconds, paths)
    rows.push({ at: `${minute} min`, sample: sample() })
    console.log(
      `[soak] ${minute} min: ${Object.entries(rows.at(-1)!.sample)
        .map(([k, v]) => `${k.split(' (')[0]} ${mib(v)}`)
        .join(', ')}`,
    )
  }
} finally {
  const drainStarted = Date.now()
  const drained = petitionId ? await waitForJobs(db, petitionId, 300_000) : false
  emailsSent = drained
    ? `every confirmation email sent ${((Date.now() - drainStarted) / 1000).toFixed(0)} s after the load stopped`
    : 'the worker had not sent every confirmation email five minutes after the load stopped'
  const stored = petitionId ? (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures WHERE petition_id = $1', [petitionId])).rows[0]!.n : 0
  await db.end()
  await cluster.stop()
  report(stored)
}

function report(storedRows: number) {
  const first = rows[0]
  const last = rows.at(-1)
  console.log(
    `\nbench:soak — ${MINUTES} min through nginx after a ${WARMUP_S} s warm-up: ${READS_PER_S} reads/s (home, posts, categories, a petition, its count.json) and ${SIGNS_PER_S} signatures/s\n`,
  )
  console.log(
    `reads ${stats.reads} (errors or non-2xx ${stats.readErrors}); sign requests ${stats.signs}, accepted ${stats.accepted}, errors ${stats.signErrors}; signature rows ${storedRows}`,
  )
  console.log(emailsSent)
  if (stats.odd.size) console.log(`answers other than 2xx: ${JSON.stringify(Object.fromEntries(stats.odd))}`)
  if (!first || !last || first === last) {
    console.log('✗ the run ended before a second memory sample')
    process.exit(1)
  }
  console.log('\nprocess                               start      end   change   flat (≤ max(10 %, 25 MiB))')
  let flat = true
  for (const [name, start] of Object.entries(first.sample)) {
    const end = last.sample[name]!
    const allowed = growthAllowed(start)
    const ok = start > 0 && end - start <= allowed
    flat &&= ok
    const change = `${end >= start ? '+' : '−'}${mib(Math.abs(end - start))}`
    console.log(`${name.padEnd(36)} ${mib(start).padStart(8)} ${mib(end).padStart(8)} ${change.padStart(8)}   ${ok ? 'yes' : 'NO'}`)
  }
  const lost = stats.accepted > storedRows
  console.log(`\n${flat ? '✓' : '✗'} memory stayed flat`)
  console.log(`${!lost && stats.readErrors + stats.signErrors === 0 ? '✓' : '✗'} no errors, every accepted signature stored`)
  const sent = emailsSent.startsWith('every')
  console.log(`${sent ? '✓' : '✗'} the worker kept up: every accepted signature's confirmation email sent`)
  process.exit(flat && sent && !lost && stats.readErrors + stats.signErrors === 0 ? 0 : 1)
}
