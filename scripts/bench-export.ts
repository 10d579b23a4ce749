// npm run bench:export — one million confirmed signatures in a scratch embedded PostgreSQL,
// exported as CSV through the export route's own code (lib/signatures/export-request.ts: the
// permission checks, the audit row, the cursor, the CSV) and read the way a browser reads a
// download. Prints the time, rows/s and the process's memory at 10 %, 50 % and 100 % of the
// rows (after a garbage collection: what the export holds on to) and the peaks between them:
// flat memory means the export streams rather than building the file.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { migrate } from '@/lib/db/migrate'

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const FILL_BATCH = 100_000
const dataDir = path.resolve('.data/bench-export')
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** With --expose-gc (npm run bench:export passes it) garbage is collected first: what is retained. */
function memory() {
  ;(globalThis as { gc?: () => void }).gc?.()
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage()
  return { rss, heapUsed, external: external + arrayBuffers }
}

rmSync(dataDir, { recursive: true, force: true })
console.log('[bench-export] starting a scratch embedded PostgreSQL …')
const database = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 5495) })
try {
  await migrate(database.url)
  process.env.DATABASE_URL = database.url
  process.env.PLACARD_SECRET ??= randomBytes(32).toString('hex')
  const sql = new pg.Client({ connectionString: database.url })
  await sql.connect()
  const { rows: made } = await sql.query<{ petition: string; admin: string }>(
    `WITH p AS (INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
       VALUES (gen_random_uuid(), 'bench-export', 'Benchmark export', 'x', '<p>x</p>', 'x', 1000, 'open', now()) RETURNING id),
     u AS (INSERT INTO users (id, name, slug, email, role, updated_at)
       VALUES (gen_random_uuid(), 'Bench Admin', 'bench-admin', 'bench.admin@example.org', 'admin', now()) RETURNING id)
     SELECT p.id AS petition, u.id AS admin FROM p, u`,
  )
  const { petition, admin } = made[0]!
  // The tally trigger is switched off while filling: this measures the export, not the insert.
  await sql.query(`SET session_replication_role = replica`)
  const fillStarted = performance.now()
  for (let from = 0; from < ROWS; from += FILL_BATCH) {
    await sql.query(
      `INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, city, comment,
         consent_version, consented_at, status, confirmed_at, created_at, share_with_target)
       SELECT gen_random_uuid(), $1,
         (ARRAY['Анна Петрова', 'Айгерім Сәрсенова', 'Rosa Luxemburg', '=HYPERLINK("http://x")', 'Zoë O''Brien, Jr.'])[1 + i % 5] || ' ' || i,
         'signer' || i || '@example.org', 'signer' || i || '@example.org', 'example.org',
         (ARRAY['KZ', 'DE', 'GB', 'FR', 'RU'])[1 + i % 5], (ARRAY['Алматы', 'Berlin', NULL, 'Paris'])[1 + i % 4],
         CASE WHEN i % 3 = 0 THEN 'Free them, now! "Solidarity" — ' || i ELSE NULL END,
         '2026-12', now(), 'confirmed', now(), now() - make_interval(secs => $2::int - i), i % 10 <> 0
       FROM generate_series($3::int, $4::int) AS i`,
      [petition, ROWS, from, Math.min(from + FILL_BATCH, ROWS) - 1],
    )
    process.stdout.write(`\r[bench-export] filled ${Math.min(from + FILL_BATCH, ROWS).toLocaleString('en')} signatures …`)
  }
  await sql.query('ANALYZE signatures')
  console.log(`\n[bench-export] filled in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`)
  await sql.end()

  const { handleExportRequest } = await import('@/lib/signatures/export-request')
  const columns = ['name', 'country', 'city', 'comment', 'signed', 'email']
  const url = new URL(`http://localhost/api/admin/signatures/export?petition=${petition}&${columns.map((c) => `columns=${c}`).join('&')}`)
  const user = { id: admin, name: 'Bench Admin', email: 'bench.admin@example.org', role: 'admin' as const }

  const before = memory()
  console.log(`[bench-export] before the export: rss ${mb(before.rss)}, heap ${mb(before.heapUsed)}, buffers ${mb(before.external)}`)
  const started = performance.now()
  const response = await handleExportRequest(user, null, url)
  if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`)
  const total = Number(response.headers.get('x-total-count'))
  let firstByteMs = 0
  let lines = 0
  let bytes = 0
  let peakRss = 0
  let peakHeap = 0
  const marks = [0.1, 0.5, 1]
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!firstByteMs) firstByteMs = performance.now() - started
    bytes += value.length
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines++
    const sample = process.memoryUsage()
    peakRss = Math.max(peakRss, sample.rss)
    peakHeap = Math.max(peakHeap, sample.heapUsed)
    const rows = lines - 1
    while (marks.length && rows >= marks[0]! * total) {
      const mark = marks.shift()!
      const now = memory()
      const seconds = (performance.now() - started) / 1000
      console.log(
        `[bench-export] ${String(mark * 100).padStart(3)} %: ${rows.toLocaleString('en')} rows after ${seconds.toFixed(1)} s — rss ${mb(now.rss)}, heap ${mb(now.heapUsed)}, buffers ${mb(now.external)}`,
      )
    }
  }
  const seconds = (performance.now() - started) / 1000
  const rows = lines - 1
  console.log(`[bench-export] first byte after ${firstByteMs.toFixed(0)} ms (headings, before the first batch)`)
  console.log(
    `[bench-export] exported ${rows.toLocaleString('en')} of ${total.toLocaleString('en')} announced rows, ${mb(bytes)} of CSV, in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`,
  )
  console.log(
    `[bench-export] peak during the export (garbage included): rss ${mb(peakRss)}, heap ${mb(peakHeap)}; process max rss ${mb(process.resourceUsage().maxRSS * 1024)}`,
  )
  if (rows !== ROWS || total !== ROWS) throw new Error(`expected ${ROWS} rows, got ${rows} (announced ${total})`)
} finally {
  const { db } = await import('@/lib/db/client')
  await db.$disconnect()
  await database.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
