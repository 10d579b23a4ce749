// npm run bench:pages — requests/s and latency of the cached public pages at 32 concurrent
// connections, beside a static file served by the same production server in the same run.
// Targets (issue #2): every page at least 50% of the static file's requests/s, p99 under 50 ms.
import autocannon from 'autocannon'
import { serveProduction } from './lib/serve-production'

const CONNECTIONS = 32
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10)
const WARMUP_S = 3

type Row = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number }

async function measure(url: string, duration: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx }
}

const site = await serveProduction({ name: 'bench', port: Number(process.env.BENCH_PORT ?? 3200), pgPort: Number(process.env.BENCH_PG_PORT ?? 5495) })
const rows: Row[] = []
try {
  const home = await (await fetch(site.url)).text()
  const postPath = home.match(/href="(\/posts\/[a-z0-9-]+)"/)?.[1]
  if (!postPath) throw new Error('no post link found on the home page')
  const targets = [
    { name: 'static file', path: '/demo/vigil-candles.svg' },
    { name: 'home page', path: '/' },
    { name: 'post page', path: postPath },
    { name: 'category page', path: '/category/articles' },
  ]
  for (const t of targets) {
    await measure(site.url + t.path, WARMUP_S)
    rows.push({ ...t, ...(await measure(site.url + t.path, DURATION_S)) })
  }
} finally {
  await site.stop()
}

const baseline = rows[0]!.rps
console.log(`\nbench:pages — ${CONNECTIONS} connections, ${DURATION_S} s each after ${WARMUP_S} s warm-up, production build\n`)
console.log('target          path                                         req/s   vs static   p50 ms   p99 ms   errors  non-2xx')
let pass = true
for (const r of rows) {
  const ratio = r.rps / baseline
  const ok = r.name === 'static file' || (ratio >= 0.5 && r.p99 < 50 && r.errors === 0 && r.non2xx === 0)
  pass &&= ok
  console.log(
    `${r.name.padEnd(15)} ${r.path.slice(0, 44).padEnd(44)} ${r.rps.toFixed(0).padStart(7)} ${(ratio * 100).toFixed(0).padStart(9)}% ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)}${ok ? '' : '   ✗ below target'}`,
  )
}
console.log(`\n${pass ? 'All pages meet the target' : 'Some pages miss the target'} (>= 50% of the static file's req/s, p99 < 50 ms).`)
process.exit(pass ? 0 : 1)
