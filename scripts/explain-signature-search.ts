// npm run bench:search — one million signatures in a scratch embedded PostgreSQL, then the
// moderators' queries exactly as the admin area sends them (lib/moderation/*), each under
// EXPLAIN (ANALYZE): the planner's cost, the time it took and the index it used. Then the cost
// of the indexes on the insert path: single-row inserts from 16 connections without the search
// indexes, with them, and with a trigram index on names added.
//
// BENCH_PG_PORT (default 5495) and BENCH_ROWS (default 1,000,000) can be set.
import { rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { migrate } from '@/lib/db/migrate'

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const INSERT_SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const dataDir = path.resolve('.data/bench-search')
rmSync(dataDir, { recursive: true, force: true })
const database = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 5495), database: 'placard_bench' })
process.env.DATABASE_URL = database.url
const { Prisma } = await import('@/lib/generated/prisma/client')
const { db } = await import('@/lib/db/client')
const { filterConditions, SEARCH_PAGE_SIZE, COUNT_CAP } = await import('@/lib/moderation/signature-search')
const { WINDOWS } = await import('@/lib/moderation/trending')
type Filter = import('@/lib/validation/signature-search').SignatureFilter

const client = new pg.Client({ connectionString: database.url })
try {
  await migrate(database.url)
  await client.connect()
  const log = (line: string) => console.log(`[bench:search] ${line}`)

  log(`filling ${ROWS.toLocaleString('en')} signatures over 20 petitions and 30 days …`)
  const { rows: petitions } = await client.query<{ id: string }>(
    `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
     SELECT gen_random_uuid(), 'p' || n, 'Petition ' || n, 's', '<p>b</p>', 't', 1000, 'open', now() FROM generate_series(1, 20) n RETURNING id`,
  )
  const started = Date.now()
  for (let offset = 0; offset < ROWS; offset += 100_000) {
    await client.query(
      `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at,
         status, held, hold_reasons, ip_hash, created_at)
       SELECT gen_random_uuid(), ($1::uuid[])[1 + (i * 7) % 20], name, local || '@' || domain, local || '@' || domain, domain,
         CASE WHEN i % 1000 = 0 THEN 'KZ' ELSE (ARRAY['DE','GB','FR','US','IE','SE','NL','ES','IT','PL','CA','AU'])[1 + i % 12] END,
         '2026-11', now(),
         (CASE WHEN i % 100 < 90 THEN 'confirmed' WHEN i % 100 < 98 THEN 'pending' WHEN i % 100 < 99 THEN 'withdrawn' ELSE 'invalidated' END)::"SignatureStatus",
         i % 50 = 0 OR i % 500 = 1,
         CASE WHEN i % 50 = 0 THEN ARRAY['no-proof-of-work'] WHEN i % 500 = 1 THEN ARRAY['ip-burst'] ELSE ARRAY[]::text[] END,
         rpad(translate(encode(sha256((i % 300000)::text::bytea), 'base64'), '+/=', '-_'), 43, 'x'),
         now() - make_interval(secs => i * 2592000.0 / $2)
       FROM generate_series($3::int, $4::int) AS i,
         LATERAL (SELECT
           (ARRAY['Rosa','Karl','Clara','August','Jean','Louise','Emma','Joe','Ada','Nadia'])[1 + i % 10] || ' ' ||
           (ARRAY['Luxemburg','Liebknecht','Zetkin','Bebel','Jaurès','Michel','Goldman','Hill','Lovelace','Held','Petrov','Smith'])[1 + (i / 10) % 12] || ' ' || i AS name,
           's' || i AS local,
           CASE WHEN i % 100 = 3 AND i < $2 / 10 THEN 'burst.example'
                WHEN i % 10 < 6 THEN (ARRAY['gmail.com','outlook.com','yahoo.com','hotmail.com','icloud.com','gmx.de','web.de','proton.me'])[1 + i % 8]
                ELSE 'd' || (i % 5000) || '.example' END AS domain) m`,
      [petitions.map((p) => p.id), ROWS, offset, Math.min(offset + 100_000, ROWS) - 1],
    )
  }
  await client.query('VACUUM ANALYZE signatures')
  log(`filled in ${((Date.now() - started) / 1000).toFixed(0)} s`)

  const petition = petitions[0]!.id
  const sample = (
    await client.query<{ email_canonical: string; ip_hash: string }>(
      `SELECT email_canonical, ip_hash FROM signatures ORDER BY created_at DESC OFFSET 5000 LIMIT 1`,
    )
  ).rows[0]!
  const minute = (ms: number) => new Date(Date.now() - ms).toISOString().slice(0, 16)
  const deep = (
    await client.query<{ created_at: Date; id: string }>(`SELECT created_at, id FROM signatures ORDER BY created_at DESC, id DESC OFFSET 20000 LIMIT 1`)
  ).rows[0]!

  type Plan = { Plan: PlanNode; 'Execution Time': number }
  type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Total Cost': number; Plans?: PlanNode[] }
  const indexes = (node: PlanNode): string[] => [...(node['Index Name'] ? [node['Index Name']] : []), ...(node.Plans ?? []).flatMap(indexes)]
  async function explain(query: import('@/lib/generated/prisma/client').Prisma.Sql) {
    await db.$queryRaw`SELECT 1` // warm the connection
    const runs: Plan[] = []
    for (let i = 0; i < 3; i++) {
      const [row] = await db.$queryRaw<{ 'QUERY PLAN': Plan[] }[]>`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`
      runs.push(row!['QUERY PLAN'][0]!)
    }
    const best = runs.sort((a, b) => a['Execution Time'] - b['Execution Time'])[0]!
    const used = [...new Set(indexes(best.Plan))].join(', ') || best.Plan['Node Type']
    return { cost: best.Plan['Total Cost'], ms: best['Execution Time'], used }
  }
  const page = (filter: Filter, cursor = Prisma.empty) =>
    Prisma.sql`SELECT s.id, s.full_name, s.email, s.created_at, p.title FROM signatures s JOIN petitions p ON p.id = s.petition_id
      WHERE ${filterConditions(filter)} ${cursor} ORDER BY s.created_at DESC, s.id DESC LIMIT ${SEARCH_PAGE_SIZE + 1}`
  const count = (filter: Filter) => Prisma.sql`SELECT count(*) FROM (SELECT 1 FROM signatures s WHERE ${filterConditions(filter)} LIMIT ${COUNT_CAP + 1}) m`
  const preview = (filter: Filter) => Prisma.sql`SELECT count(*) FROM signatures s WHERE ${filterConditions(filter)} AND s.status IN ('pending', 'confirmed')`

  const cases: [string, Filter][] = [
    ['no filter (all, newest first)', {}],
    ['petition', { petition }],
    ['name starts with "nadia held"', { name: 'nadia held' }],
    ['email (canonical)', { email: sample.email_canonical }],
    ['email domain, small', { domain: 'd123.example' }],
    ['email domain, gmail.com', { domain: 'gmail.com' }],
    ['IP hash', { ip: sample.ip_hash }],
    ['country, rare (KZ)', { country: 'KZ' }],
    ['country, common (DE)', { country: 'DE' }],
    ['status invalidated (1%)', { status: 'invalidated' }],
    ['hold reason ip-burst', { reason: 'ip-burst' }],
    ['time range, last hour', { from: minute(WINDOWS.hour) }],
    ['time range, one day a week ago', { from: minute(8 * WINDOWS.day), to: minute(7 * WINDOWS.day) }],
    ['petition + domain + last day', { petition, domain: 'burst.example', from: minute(WINDOWS.day) }],
    ['petition + country + status', { petition, country: 'KZ', status: 'confirmed' }],
  ]
  const lines: string[] = []
  const row = (name: string, r: { cost: number; ms: number; used: string }) =>
    lines.push(`${name.padEnd(52)} ${r.cost.toFixed(0).padStart(9)} ${r.ms.toFixed(1).padStart(9)} ms  ${r.used}`)
  for (const [name, filter] of cases) {
    row(`${name}: page 1`, await explain(page(filter)))
    row(`${name}: count (cap ${COUNT_CAP})`, await explain(count(filter)))
  }
  row('no filter: page 400 (keyset, 20,000 rows deep)', await explain(page({}, Prisma.sql`AND (s.created_at, s.id) < (${deep.created_at}, ${deep.id}::uuid)`)))
  row('invalidation preview: burst domain count', await explain(preview({ domain: 'burst.example' })))
  for (const column of ['email_domain', 'ip_hash'] as const)
    for (const window of ['hour', 'day'] as const) {
      const col = Prisma.raw(column)
      row(
        `trending: ${column}, last ${window}`,
        await explain(Prisma.sql`SELECT ${col}, count(*) FROM signatures WHERE petition_id = ${petition}::uuid
          AND created_at >= ${new Date(Date.now() - WINDOWS[window])} AND ${col} IS NOT NULL GROUP BY ${col} ORDER BY count(*) DESC, ${col} LIMIT 10`),
      )
    }
  // The admin dashboard's signature figures, over these 1,000,000 signatures of the last 30 days.
  const { getSignatureStats } = await import('@/lib/signatures/dashboard-stats')
  const dashboardMs: number[] = []
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    await getSignatureStats()
    dashboardMs.push(performance.now() - t)
  }
  lines.push(
    `${'dashboard: every signature figure (getSignatureStats)'.padEnd(52)} ${'–'.padStart(9)} ${Math.min(...dashboardMs)
      .toFixed(1)
      .padStart(9)} ms  wall time, best of 3`,
  )

  console.log(`
bench:search — ${ROWS.toLocaleString('en')} signatures, EXPLAIN (ANALYZE), best of 3

${'query'.padEnd(52)} ${'cost'.padStart(9)} ${'time'.padStart(12)}  index used
${lines.join('\n')}
`)

  // The insert path: what each index costs a signer.
  const NEW_INDEXES = [
    'signatures_petition_id_created_at_idx',
    'signatures_created_at_idx',
    'signatures_email_canonical_idx',
    'signatures_full_name_prefix_idx',
    'signatures_hold_reasons_idx',
    'signatures_country_created_at_idx',
    'signatures_not_counting_idx',
  ]
  const definitions = (
    await client.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1) ORDER BY indexname`, [NEW_INDEXES])
  ).rows.map((r) => r.indexdef)
  async function insertRate() {
    const pool = new pg.Pool({ connectionString: database.url, max: 16 })
    let n = 0
    const end = Date.now() + INSERT_SECONDS * 1000
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (Date.now() < end) {
          const i = n++
          await pool.query(
            `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at, ip_hash)
             VALUES (gen_random_uuid(), $1, $2, $3, $3, 'example.net', 'DE', '2026-11', now(), md5($3))`,
            [petition, `Insert Bench ${i} ${Math.random().toString(36).slice(2)}`, `ins${i}.${Date.now()}@example.net`],
          )
        }
      }),
    )
    await pool.end()
    return n / INSERT_SECONDS
  }
  log(`measuring single-row inserts, 16 connections, ${INSERT_SECONDS} s each …`)
  for (const name of NEW_INDEXES) await client.query(`DROP INDEX ${name}`)
  const without = await insertRate()
  for (const definition of definitions) await client.query(definition)
  const withIndexes = await insertRate()
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
  await client.query('CREATE INDEX bench_trgm ON signatures USING gin (lower(full_name) gin_trgm_ops)')
  const withTrigram = await insertRate()
  const trigramQuery = await explain(
    Prisma.sql`SELECT s.id FROM signatures s WHERE lower(s.full_name) LIKE '%held 12%' ORDER BY s.created_at DESC, s.id DESC LIMIT 51`,
  )
  console.log(`inserts/s without the search indexes            ${without.toFixed(0)}
inserts/s with them (this migration)             ${withIndexes.toFixed(0)} (${((withIndexes / without) * 100).toFixed(0)}%)
inserts/s with a trigram GIN index on names too  ${withTrigram.toFixed(0)} (${((withTrigram / without) * 100).toFixed(0)}%)
name contains "held 12" with the trigram index   cost ${trigramQuery.cost.toFixed(0)}, ${trigramQuery.ms.toFixed(1)} ms (${trigramQuery.used})
`)
} finally {
  await client.end().catch(() => {})
  const { db } = await import('@/lib/db/client')
  await db.$disconnect()
  await database.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
