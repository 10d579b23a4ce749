// npm run bench:phone — what a public page costs a phone on a weak signal (issue #13): KB on
// the wire, KB of JavaScript, requests until idle and Largest Contentful Paint, median of 5 cold
// loads (360×780, 4× CPU slowdown, 9/1.5 Mbit/s with 60 ms round trip, cache disabled) of the
// home, a post with the sign box and a petition page, beside a bare Next.js page of the same
// version built and served in the same run (and a stock WordPress post when one is set up here).
import { serveBareNext } from './lib/bare-next'
import { coldLoad, launchPhoneBrowser, median, PHONE, type Load } from './lib/phone-load'
import { cachedCopy } from './lib/cached-copy'
import { serveProduction } from './lib/serve-production'
import { serveStockWordPress } from './lib/stock-wordpress'

const LOADS = Number(process.env.BENCH_LOADS ?? 5)
const PORT = Number(process.env.BENCH_PORT ?? 3281)
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? 3282)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5681)
// Issue #13's figures for a stock WordPress 6.1 post, shown when WordPress cannot run here.
const RECORDED_WORDPRESS = { bytes: 113, jsBytes: 31, requests: 7, lcp: '316–352', lcpMs: 334 }

type Target = { name: string; url: string; placard: boolean }
type Row = Target & { loads: Load[] }

const kb = (bytes: number) => bytes / 1024

/**
 * Makes sure the page is in Placard's micro-cache, as it is while a shared link is being read:
 * it then goes out gzipped, as it would behind nginx or a CDN. (A quiet site's first request in
 * 10 s is answered by Next through the nonce stamper, uncompressed.)
 */
async function warm(url: string) {
  await cachedCopy(url, { encoding: 'gzip', tries: 10, waitMs: 100 })
}
const spread = (xs: number[], f: (x: number) => string) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`

const bare = await serveBareNext(BARE_PORT, process.env.BENCH_REUSE_BUILD === '1')
// BENCH_REUSE_BUILD=1 measures the build of the previous run again (the machine is noisy).
const site = await serveProduction({ name: 'phone', port: PORT, pgPort: PG_PORT, reuseBuild: process.env.BENCH_REUSE_BUILD === '1' })
const wordpress = await serveStockWordPress().catch((error: Error) => {
  console.log(`[wordpress] not measured: ${error.message}`)
  return null
})
const rows: Row[] = []
try {
  const targets: Target[] = [
    { name: 'bare Next.js page', url: bare.url, placard: false },
    { name: 'Placard home', url: `${site.url}/`, placard: true },
    { name: 'Placard post (sign box)', url: `${site.url}/posts/new-charges-against-teodor-valk`, placard: true },
    { name: 'Placard petition page', url: `${site.url}/petitions/free-the-seltz-three`, placard: true },
    ...(wordpress ? [{ name: 'stock WordPress 6.1 post', url: wordpress.postUrl, placard: false }] : []),
  ]
  const browser = await launchPhoneBrowser()
  // Warm every server (Next renders a page once, then the micro-cache keeps it) before measuring.
  for (const t of targets) await coldLoad(browser, t.url)
  for (const t of targets) rows.push({ ...t, loads: [] })
  // Interleaved rounds, so a burst of load from the machine's other users hits every page alike.
  for (let i = 0; i < LOADS; i++) {
    for (const row of rows) {
      if (row.placard) await warm(row.url)
      row.loads.push(await coldLoad(browser, row.url))
    }
  }
  await browser.close()
} finally {
  await site.stop()
  await bare.stop()
  await wordpress?.stop()
}

const at = (row: Row, f: (l: Load) => number) => median(row.loads.map(f))
const base = rows[0]!
const baseJs = at(base, (l) => l.jsBytes)
const baseLcp = at(base, (l) => l.lcpMs)
const wp = rows.find((r) => r.name.includes('WordPress'))
const wpLcp = wp ? at(wp, (l) => l.lcpMs) : RECORDED_WORDPRESS.lcpMs

console.log(
  `\nbench:phone — median of ${LOADS} cold loads (spread min–max); ${PHONE.viewport.width}×${PHONE.viewport.height}, ${PHONE.cpuSlowdown}× CPU slowdown, ` +
    `${PHONE.downMbit}/${PHONE.upMbit} Mbit/s, ${PHONE.rttMs} ms RTT, cache disabled; Placard's pages from its micro-cache (gzip)\n`,
)
console.log('| page | KB on the wire | JS KB | requests | CSS files | prefetches | LCP ms (spread) | vs bare: KB, JS KB, LCP |')
console.log('|---|---|---|---|---|---|---|---|')
for (const r of rows) {
  const bytes = at(r, (l) => l.bytes)
  const js = at(r, (l) => l.jsBytes)
  const lcp = at(r, (l) => l.lcpMs)
  const vs = r === base ? '—' : `×${(bytes / at(base, (l) => l.bytes)).toFixed(2)}, +${kb(js - baseJs).toFixed(1)}, +${(lcp - baseLcp).toFixed(0)} ms`
  console.log(
    `| ${r.name} | ${kb(bytes).toFixed(1)} (${spread(
      r.loads.map((l) => l.bytes),
      (x) => kb(x).toFixed(0),
    )}) | ${kb(js).toFixed(1)} | ${at(r, (l) => l.requests)} | ${at(r, (l) => l.cssRequests)} | ${at(r, (l) => l.prefetches)} | ${lcp.toFixed(0)} (${spread(
      r.loads.map((l) => l.lcpMs),
      (x) => x.toFixed(0),
    )}) | ${vs} |`,
  )
}
if (!wp) {
  const w = RECORDED_WORDPRESS
  console.log(`| stock WordPress 6.1 post — recorded in issue #13, not this run | ${w.bytes} | ${w.jsBytes} | ${w.requests} | | | ${w.lcp} | |`)
}

let pass = true
const check = (ok: boolean, what: string) => {
  pass &&= ok
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`)
}
console.log('')
for (const r of rows.filter((row) => row.placard)) {
  const js = at(r, (l) => l.jsBytes)
  const lcp = at(r, (l) => l.lcpMs)
  check(js - baseJs <= 15 * 1024, `${r.name}: JavaScript ${kb(js - baseJs).toFixed(1)} KB above the bare page (at most 15)`)
  check(at(r, (l) => l.requests) <= 10, `${r.name}: ${at(r, (l) => l.requests)} requests until idle (at most 10)`)
  check(lcp - baseLcp <= 100, `${r.name}: LCP ${(lcp - baseLcp).toFixed(0)} ms after the bare page's (at most 100)`)
  check(lcp < wpLcp, `${r.name}: LCP ${lcp.toFixed(0)} ms below WordPress's ${wpLcp.toFixed(0)} ms${wp ? '' : ' (recorded in issue #13, not this run)'}`)
  check(Math.max(...r.loads.map((l) => l.prefetches)) === 0, `${r.name}: no other page's data fetched without intent`)
  check(Math.max(...r.loads.map((l) => l.cssRequests)) === 0, `${r.name}: no stylesheet round trip before first paint (CSS inlined)`)
}
if (process.env.BENCH_VERBOSE) for (const r of rows) console.log(`\n${r.name}:\n  ${r.loads[0]!.urls.join('\n  ')}`)
console.log(`\n${pass ? 'All targets met.' : 'Some targets missed.'}`)
process.exit(pass ? 0 : 1)
