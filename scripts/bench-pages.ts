// npm run bench:pages — requests/s and latency of the cached public pages at 32 concurrent
// connections, beside a static file served by the same production server in the same run.
// Targets (issue #2): every page at least 50% of the static file's requests/s, p99 under 50 ms.
// BENCH_REDIRECTS (default 2000) old addresses are loaded into the redirects table first, as a
// moved WordPress site would have, to show what they cost ordinary pages, and two old links
// (a path and a /?p= query) are measured as well: they answer 301 from the server's memory.
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { cpuMsOf } from './lib/process-memory'
import { serveProduction } from './lib/serve-production'

const CONNECTIONS = 32
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10)
const WARMUP_S = 3

type Row = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; cpuUs: number; redirects?: boolean }
const REDIRECTS = Number(process.env.BENCH_REDIRECTS ?? 2000)
/** BENCH_ACCEPT_ENCODING=gzip asks as browsers do (pages then come compressed); by default, as plain HTTP clients do. */
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING ?? ''

/**
 * Requests/s, latency, and the web server's CPU time per request: on a shared machine the rate
 * follows whatever else runs, while the CPU a request costs the server hardly does.
 */
async function measure(url: string, duration: number) {
  const cpuBefore = cpuMsOf(site.processes.web)
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    pipelining: 1,
    headers: ACCEPT_ENCODING ? { 'accept-encoding': ACCEPT_ENCODING } : {},
  })
  const cpuUs = ((cpuMsOf(site.processes.web) - cpuBefore) * 1000) / Math.max(1, result.requests.total)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuUs,
  }
}

// The server's log lines go to a file, as they would to a journal (what writing them costs is
// part of every request). BENCH_REUSE_BUILD=1 serves the last build again: back-to-back runs
// with other logging settings (LOG_SYNC, LOG_LEVEL) then compare the same build.
const serverLog = path.resolve('.data', 'bench-server.log')
mkdirSync(path.dirname(serverLog), { recursive: true })
writeFileSync(serverLog, '')
const site = await serveProduction({
  name: 'bench',
  port: Number(process.env.BENCH_PORT ?? 3200),
  pgPort: Number(process.env.BENCH_PG_PORT ?? 5495),
  logFile: serverLog,
  reuseBuild: process.env.BENCH_REUSE_BUILD === '1',
})
const rows: Row[] = []

/** Fills the redirects table (when this build has one) and waits until the server answers from it. */
async function loadRedirects(): Promise<boolean> {
  const client = new pg.Client({ connectionString: site.databaseUrl })
  await client.connect()
  try {
    const table = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'redirects'`)
    if (!table.rowCount || !REDIRECTS) return false
    await client.query(
      `INSERT INTO redirects (id, from_path, from_query, to_path, updated_at)
       SELECT gen_random_uuid(), '/2013/07/old-post-' || n, '', '/category/articles', now() FROM generate_series(1, $1::int) AS n
       UNION ALL SELECT gen_random_uuid(), '/', 'p=' || n, '/category/articles', now() FROM generate_series(1, $1::int / 4) AS n`,
      [REDIRECTS],
    )
  } finally {
    await client.end()
  }
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${site.url}/2013/07/old-post-1/`, { redirect: 'manual' })).status === 301) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the server did not pick up the redirects within 10 s')
}

try {
  const withRedirects = await loadRedirects()
  const home = await (await fetch(site.url)).text()
  const postPath = home.match(/href="(\/posts\/[a-z0-9-]+)"/)?.[1]
  if (!postPath) throw new Error('no post link found on the home page')
  const targets = [
    { name: 'static file', path: '/demo/vigil-candles.svg' },
    { name: 'home page', path: '/' },
    { name: 'post page', path: postPath },
    { name: 'category page', path: '/category/articles' },
    { name: 'home + query', path: '/?utm_source=bench' },
    ...(withRedirects
      ? [
          { name: 'old link 301', path: `/2013/07/old-post-${Math.ceil(REDIRECTS / 2)}/`, redirects: true },
          { name: 'old ?p= 301', path: `/?p=${Math.ceil(REDIRECTS / 8)}`, redirects: true },
        ]
      : []),
  ]
  for (const t of targets) {
    await measure(site.url + t.path, WARMUP_S)
    rows.push({ ...t, ...(await measure(site.url + t.path, DURATION_S)) })
  }
} finally {
  await site.stop()
}

const baseline = rows[0]!.rps
const logging = `LOG_SYNC=${process.env.LOG_SYNC ?? 'true'} LOG_LEVEL=${process.env.LOG_LEVEL ?? 'info'}`
console.log(
  `\nbench:pages — ${CONNECTIONS} connections, ${DURATION_S} s each after ${WARMUP_S} s warm-up, production build, ${logging}, ${ACCEPT_ENCODING ? `Accept-Encoding: ${ACCEPT_ENCODING}` : 'no Accept-Encoding'}`,
)
console.log(
  `load average at the end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} (${availableParallelism()} cores)`,
)
console.log(rows.some((r) => r.redirects) ? `${REDIRECTS + Math.floor(REDIRECTS / 4)} redirects loaded\n` : 'no redirects table\n')
console.log('target          path                                         req/s   vs static   p50 ms   p99 ms   errors  non-2xx   server CPU µs/req')
let pass = true
for (const r of rows) {
  const ratio = r.rps / baseline
  // A redirect's answer is a 301, which autocannon counts as non-2xx.
  const ok = r.name === 'static file' || (ratio >= 0.5 && r.p99 < 50 && r.errors === 0 && (r.redirects || r.non2xx === 0))
  pass &&= ok
  console.log(
    `${r.name.padEnd(15)} ${r.path.slice(0, 44).padEnd(44)} ${r.rps.toFixed(0).padStart(7)} ${(ratio * 100).toFixed(0).padStart(9)}% ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)} ${r.cpuUs.toFixed(0).padStart(19)}${ok ? '' : '   ✗ below target'}`,
  )
}
console.log(`\n${pass ? 'All pages meet the target' : 'Some pages miss the target'} (>= 50% of the static file's req/s, p99 < 50 ms).`)
process.exit(pass ? 0 : 1)
