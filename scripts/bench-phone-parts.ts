// npm run bench:phone-parts — where a phone's first paint goes (issue #13): one Placard page as its
// micro-cache stores it, and the same bytes with parts taken out (the framework's scripts, the
// stylesheet, the site's header, sidebar and footer), each loaded cold on bench:phone's phone
// (scripts/lib/phone-load.ts) beside the bare Next.js page, in interleaved rounds; medians of
// Largest Contentful Paint. The variants are served gzipped from a small proxy in front of the
// site, which passes every other request (scripts, images) through, so only the page differs.
// Beside LCP it prints the main thread's time on style and on layout until idle (Chrome's
// Performance metrics, at the 4× slowdown). BENCH_PATH picks the page (default: the post bench:phone measures), BENCH_LOADS the rounds.
import http from 'node:http'
import { gzipSync } from 'node:zlib'
import { serveBareNext } from './lib/bare-next'
import { coldLoad, launchPhoneBrowser, median, PHONE, type Load } from './lib/phone-load'
import { cachedCopy } from './lib/cached-copy'
import { serveProduction } from './lib/serve-production'

const LOADS = Number(process.env.BENCH_LOADS ?? 9)
const PAGE = process.env.BENCH_PATH ?? '/posts/new-charges-against-teodor-valk'
const PORT = Number(process.env.BENCH_PORT ?? 3281)
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? 3282)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5681)
const PROXY_PORT = Number(process.env.BENCH_PROXY_PORT ?? 3283)

/** Removes every match of `pattern`; a pattern that no longer matches the markup stops the run. */
function without(html: string, pattern: RegExp, what: string) {
  const out = html.replace(pattern, '')
  if (out === html) throw new Error(`bench:phone-parts: no ${what} found in ${PAGE}; update the pattern in scripts/bench-phone-parts.ts`)
  return out
}
const SCRIPTS = /<script\b[\s\S]*?<\/script>/g
const STYLESHEET = /<style>[\s\S]*?<\/style>/g
const noScripts = (h: string) => without(h, SCRIPTS, 'script')
const noStylesheet = (h: string) => without(h, STYLESHEET, 'inlined stylesheet')
// Every text in one font face (the sans-serif regular): shows what the page's other faces
// (bold, the serif, italic) cost the first layout, each one loaded on first use.
const oneFace = (h: string) =>
  h.replace('</head>', () => '<style>*{font-family:sans-serif!important;font-weight:400!important;font-style:normal!important}</style></head>')
const noChrome = (h: string) =>
  without(
    without(without(h, /<header class="bg-accent-dark[\s\S]*?<\/header>/, 'site header'), /<aside aria-label="Sidebar"[\s\S]*?<\/aside>/, 'sidebar'),
    /<footer[\s\S]*?<\/footer>/,
    'footer',
  )

const VARIANTS: { name: string; edit: (html: string) => string }[] = [
  { name: 'as served', edit: (h) => h },
  { name: 'no scripts', edit: noScripts },
  { name: 'no scripts, one font face', edit: (h) => oneFace(noScripts(h)) },
  { name: 'no scripts, no stylesheet', edit: (h) => noStylesheet(noScripts(h)) },
  { name: 'no scripts, no header/sidebar/footer', edit: (h) => noChrome(noScripts(h)) },
  { name: 'no scripts, no stylesheet, no header/sidebar/footer', edit: (h) => noChrome(noStylesheet(noScripts(h))) },
]

const bare = await serveBareNext(BARE_PORT, process.env.BENCH_REUSE_BUILD === '1')
const site = await serveProduction({ name: 'phone', port: PORT, pgPort: PG_PORT, reuseBuild: process.env.BENCH_REUSE_BUILD === '1' })
let proxy: http.Server | null = null
const results = new Map<string, Load[]>([['bare Next.js page', []], ...VARIANTS.map((v) => [v.name, []] as [string, Load[]])])
try {
  // The copy the micro-cache keeps (with the stylesheet inlined), not a miss's one-off render.
  const copy = await cachedCopy(site.url + PAGE)
  if (!copy) throw new Error(`bench:phone-parts: ${PAGE} never came from the micro-cache`)
  const html = copy.toString('utf8')
  const bodies = new Map(VARIANTS.map((v, i) => [String(i), gzipSync(v.edit(html))]))
  const upstream = new URL(site.url)
  proxy = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy')
    const body = url.pathname === PAGE ? bodies.get(url.searchParams.get('variant') ?? '') : undefined
    if (body) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'cache-control': 'no-store' })
      res.end(body)
      return
    }
    const forward = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    forward.on('error', () => res.destroy())
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => proxy!.listen(PROXY_PORT, '127.0.0.1', resolve))
  const urls = new Map<string, string>([
    ['bare Next.js page', bare.url],
    ...VARIANTS.map((v, i) => [v.name, `http://127.0.0.1:${PROXY_PORT}${PAGE}?variant=${i}`] as [string, string]),
  ])
  const browser = await launchPhoneBrowser()
  for (const url of urls.values()) await coldLoad(browser, url)
  for (let round = 0; round < LOADS; round++) for (const [name, url] of urls) results.get(name)!.push(await coldLoad(browser, url))
  await browser.close()
} finally {
  proxy?.close()
  await site.stop()
  await bare.stop()
}

console.log(
  `\nbench:phone-parts — ${PAGE}, median LCP of ${LOADS} cold loads (spread); ${PHONE.viewport.width}×${PHONE.viewport.height}, ${PHONE.cpuSlowdown}× CPU slowdown, ` +
    `${PHONE.downMbit}/${PHONE.upMbit} Mbit/s, ${PHONE.rttMs} ms RTT; every variant gzipped\n`,
)
const lcpOf = (loads: Load[]) => median(loads.map((l) => l.lcpMs))
const bareLcp = lcpOf(results.get('bare Next.js page')!)
console.log('| page | LCP ms (spread) | vs bare | style ms | layout ms |')
console.log('|---|---|---|---|---|')
for (const [name, loads] of results) {
  const lcps = loads.map((l) => l.lcpMs)
  const lcp = lcpOf(loads)
  const vs = name.startsWith('bare') ? '—' : `+${(lcp - bareLcp).toFixed(0)} ms`
  const ms = (f: (l: Load) => number) => median(loads.map(f)).toFixed(0)
  console.log(
    `| ${name} | ${lcp.toFixed(0)} (${Math.min(...lcps).toFixed(0)}–${Math.max(...lcps).toFixed(0)}) | ${vs} | ${ms((l) => l.styleMs)} | ${ms((l) => l.layoutMs)} |`,
  )
}
