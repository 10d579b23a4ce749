import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/e2e/support/browser'

// One cold page load as a supporter's phone on a weak signal sees it: 360×780, a fresh
// browser context with the cache disabled, 4× CPU slowdown and throttled 4G, all set through
// the Chrome DevTools Protocol. Counts what crossed the wire until the network was idle.

export const PHONE = {
  viewport: { width: 360, height: 780 },
  cpuSlowdown: 4,
  downMbit: 9,
  upMbit: 1.5,
  rttMs: 60,
} as const

export type Load = {
  /** Bytes on the wire (headers included, as compressed), all requests. */
  bytes: number
  /** Bytes on the wire of JavaScript files. */
  jsBytes: number
  requests: number
  /** Requests for stylesheets (a render-blocking round trip each, unless inlined). */
  cssRequests: number
  /** Requests for another page's data (Next's router prefetch: `_rsc` or the RSC header). */
  prefetches: number
  lcpMs: number
  /** Main-thread time spent on style and on layout until idle (Chrome's Performance metrics, at the slowdown). */
  styleMs: number
  layoutMs: number
  urls: string[]
}

export async function launchPhoneBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
}

export async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Performance.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.rttMs,
    downloadThroughput: (PHONE.downMbit * 1_000_000) / 8,
    uploadThroughput: (PHONE.upMbit * 1_000_000) / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown })

  const seen = new Map<string, { url: string; type: string; rsc: boolean; bytes: number }>()
  let inFlight = 0
  let lastActivity = Date.now()
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1)
    lastActivity = Date.now()
  }
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return
    lastActivity = Date.now()
    if (!e.redirectResponse) inFlight++
    const rsc = /[?&]_rsc=/.test(e.request.url) || 'RSC' in e.request.headers || 'rsc' in e.request.headers
    seen.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', rsc, bytes: 0 })
  })
  cdp.on('Network.responseReceived', (e) => {
    const r = seen.get(e.requestId)
    if (r) r.type = e.type
  })
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId)
    if (r) r.bytes = e.encodedDataLength
    if (r) settle()
  })
  cdp.on('Network.loadingFailed', (e) => {
    const r = seen.get(e.requestId)
    if (r) r.type = `${r.type} (failed)`
    if (r) settle()
  })

  await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
  // Idle: the page's main thread had time to spare (hydration done, effects run) and then no
  // request was open for a second; twice in a row with nothing new in between. Playwright's
  // 'networkidle' alone fires while a throttled CPU is still hydrating, before its requests.
  const deadline = Date.now() + 60_000
  for (let before = -1; before !== seen.size && Date.now() < deadline;) {
    before = seen.size
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })))
    while ((inFlight > 0 || Date.now() - lastActivity < 1_000) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // LCP entries reach only an observer; `buffered` hands it the ones already recorded.
  const lcpMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries()
          resolve(entries[entries.length - 1]?.startTime ?? 0)
        }).observe({ type: 'largest-contentful-paint', buffered: true })
        setTimeout(() => resolve(0), 3_000)
      }),
  )
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000
  await context.close()

  const all = [...seen.values()]
  return {
    bytes: sum(all.map((r) => r.bytes)),
    jsBytes: sum(all.filter((r) => r.type === 'Script').map((r) => r.bytes)),
    requests: all.length,
    cssRequests: all.filter((r) => r.type === 'Stylesheet').length,
    prefetches: all.filter((r) => r.rsc).length,
    lcpMs,
    styleMs: metric('RecalcStyleDuration'),
    layoutMs: metric('LayoutDuration'),
    urls: all.map((r) => `${r.type} ${r.url}`),
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

export function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
