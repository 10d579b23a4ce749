// The production web server: Next.js behind the one-second page micro-cache
// (lib/http/page-cache.ts), which tells nginx in front how long to keep a page (PROXY_CACHE). `npm start`, `npm run serve` (one of several instances, on a build
// made by `npm run build`), the end-to-end tests and the benchmarks all use it.
import './lib/require-server-settings'
import './lib/require-fresh-build'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import next from 'next'
import { listenForever } from '@/lib/db/listen'
import { CLIENT_IP_HEADER, clientIpOf, startVouchingForClientIps, vouchedClientIp } from '@/lib/http/client-ip'
import { nginxExpiry, PAGES_REVALIDATED_CHANNEL, PageCache, send } from '@/lib/http/page-cache'
import { PageFiles } from '@/lib/http/page-files'
import { followRedirects } from '@/lib/redirects/follow-redirects'
import { refuseBadUrl, refuseForeignOrigin, refuseUnknownAction } from '@/lib/http/request-guard'
import { securityHeadersFor } from '@/lib/http/security-headers'
import { defaultContentSecurityPolicy } from '@/lib/http/csp/policy'
import { stampNoncesOnStreamedPage } from '@/lib/http/csp/vouch-response'
import { stylesheetsOf } from '@/lib/http/inline-stylesheets'
import { pageToStore } from '@/lib/http/page-to-store'
import { parseEnv } from '@/lib/env'
import { loggerFor, routeConsoleThrough } from '@/lib/log/logger'
import { logRequest, type CacheOutcome } from '@/lib/log/request-log'
import { runWithRequestId } from '@/lib/log/request-context'
import { handleSign } from '@/lib/signatures/sign-request'
import { stopWhenOrphaned } from './lib/stop-when-orphaned'

const { PORT: port, HOSTNAME: hostname, PLACARD_DIST_DIR: distDir, SITE_URL: siteUrl, PROXY_CACHE: proxyCache, PAGE_FILES_DIR: pageFilesDir } = parseEnv()
const log = loggerFor('web')
const pageFiles = pageFilesDir
  ? new PageFiles(path.resolve(pageFilesDir), (error, recovered) =>
      recovered
        ? log.info({ dir: pageFilesDir }, 'page files are written again')
        : log.warn({ err: error, dir: pageFilesDir }, 'cannot write page files; nginx asks the instances instead'),
    )
  : null
// Next's own messages and every handler's console.error become lines of the same logger.
routeConsoleThrough(log)
startVouchingForClientIps()
const app = next({ dev: false, port, hostname: 'localhost', dir: process.cwd() })
const cache = new PageCache()
const stylesheets = stylesheetsOf(distDir)
const headersForEveryAnswer = Object.entries(securityHeadersFor(siteUrl))
/** The server actions this build has (their ids change with every build). */
const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node?: object; edge?: object }
const serverActions = new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})])

/** Clears the micro-cache whenever Next has revalidated pages after a content change. */
function followRevalidations() {
  return listenForever({
    url: process.env.DATABASE_URL ?? '',
    channel: PAGES_REVALIDATED_CHANNEL,
    name: 'page micro-cache',
    onNotification: () => cache.clear(),
    // Changes announced while disconnected were missed: start afresh.
    onLost: () => cache.clear(),
  })
}

await app.prepare()
const handle = app.getRequestHandler()
await followRevalidations()
// Old addresses (a WordPress site's permalinks, moved links): answered from memory, first.
const redirects = await followRedirects(process.env.DATABASE_URL ?? '')

/** Fetches the page from Next in the background, byte for byte, and keeps it if cacheable. */
function fill(key: string, url: string, acceptEncoding: string) {
  if (!cache.beginFill(key)) return
  const generation = cache.currentGeneration()
  const request = http.get({ host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': acceptEncoding, 'x-placard-fill': '1' } }, (response) => {
    const chunks: Buffer[] = []
    response.on('data', (chunk: Buffer) => chunks.push(chunk))
    response.on('end', () => {
      // Once per stored copy: the stylesheet goes inside the page, and its policy lists the
      // hashes of Next's own inline scripts in it (inside the page too, for page files).
      const fetched = { headers: PageCache.headersOf(response.headers), body: Buffer.concat(chunks) }
      const { headers, body } = pageToStore(url, fetched, stylesheets, { policyTag: pageFiles !== null })
      cache.store(key, { status: response.statusCode ?? 500, headers, body }, generation)
      cache.endFill(key)
    })
    response.on('error', () => cache.endFill(key))
  })
  request.on('error', () => cache.endFill(key))
}

const SIGN_PATH = /^\/api\/petitions\/([^/?#]+)\/signatures\/?(?:\?.*)?$/

/**
 * The sign endpoint is the one hot write path: it is answered here directly, by the same
 * handler as the Next route (app/api/petitions/[slug]/signatures), without Next's routing.
 */
function readRequestBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Over the limit: keep one byte too many so the handler answers 413, and stop reading.
      if (size <= limit + 1) chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).subarray(0, limit + 1)))
    req.on('error', reject)
  })
}

async function sign(req: http.IncomingMessage, res: http.ServerResponse, slug: string, ip: string | null) {
  const body = await readRequestBody(req, 64 * 1024)
  const reply = await handleSign(req.headers['content-type'] ?? null, body, decodeURIComponent(slug), ip)
  res.writeHead(reply.status, reply.headers)
  res.end(reply.body ?? undefined)
}

/** Files, never pages (every page's address ends without an extension): sent as they are, compressed. */
function isFile(url: string) {
  const path = url.split('?')[0]!
  return /^\/(?:_next\/static|media)\//.test(path) || /\.[A-Za-z0-9]{1,8}$/.test(path)
}

const server = http.createServer((req, res) => {
  const seen: { cache?: CacheOutcome } = {}
  const reqId = logRequest(log, req, res, () => seen.cache)
  // Every line logged while this request is answered (route handlers included) carries its id.
  runWithRequestId(reqId, () => answer(req, res, seen))
})

function answer(req: http.IncomingMessage, res: http.ServerResponse, seen: { cache?: CacheOutcome }) {
  for (const [name, value] of headersForEveryAnswer) res.setHeader(name, value)
  const refusal =
    refuseBadUrl(req.url ?? '/') ??
    refuseForeignOrigin(req.method ?? 'GET', req.url ?? '/', { origin: req.headers.origin, referer: req.headers.referer, host: req.headers.host }, siteUrl) ??
    refuseUnknownAction(req.method ?? 'GET', req.headers['next-action'], serverActions)
  // No inline script runs on an answer nobody vouched for (refusals, errors, the sign path's
  // JSON); a page gets the hashes of its own in the cache, or a nonce on its way from Next.
  // (A cache hit sends the policy stored with it: nothing to work out per request.)
  const unvouched = () => res.setHeader('content-security-policy', defaultContentSecurityPolicy(req.url ?? '/'))
  if (refusal) {
    unvouched()
    res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    res.end(refusal.message)
    return
  }

  // Route handlers learn the client's address only from this header, which no client can set.
  const ip = clientIpOf(req)
  if (ip) req.headers[CLIENT_IP_HEADER] = vouchedClientIp(ip)
  else delete req.headers[CLIENT_IP_HEADER]

  const signSlug = req.method === 'POST' ? SIGN_PATH.exec(req.url ?? '')?.[1] : undefined
  if (signSlug) {
    unvouched()
    sign(req, res, signSlug, ip).catch((error) => {
      log.error({ err: error }, 'sign request failed')
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ outcome: 'unavailable', message: 'We couldn’t record your signature just now. Please try again in a minute.' }))
    })
    return
  }

  const moved = req.method === 'GET' || req.method === 'HEAD' ? redirects.find(req.url ?? '/') : null
  if (moved) {
    unvouched()
    res.writeHead(moved.status, {
      location: moved.location,
      'content-type': 'text/plain; charset=utf-8',
      // An admin can change a permanent one: browsers may keep it for an hour, not for ever.
      'cache-control': moved.status === 301 ? 'public, max-age=3600' : 'no-store',
    })
    res.end(req.method === 'HEAD' ? undefined : `Moved to ${moved.location}`)
    return
  }

  const key = cache.keyFor(req)
  seen.cache = req.headers['x-placard-fill'] ? 'fill' : key ? 'miss' : 'bypass'
  if (key) {
    const hit = cache.get(key)
    const refresh = () => fill(key, req.url ?? '/', key.startsWith('gzip') ? 'gzip' : 'identity')
    // nginx in front keeps pages too: it is told for how long (see nginxExpiry).
    if (proxyCache === 'nginx') res.setHeader('x-accel-expires', nginxExpiry(Boolean(hit)))
    if (hit) {
      seen.cache = hit.stale ? 'stale' : 'hit'
      if (hit.stale) refresh()
      // nginx sends this page as a file for the rest of the second (see lib/http/page-files.ts).
      void pageFiles?.save(req.url ?? '/', hit.page, Math.floor(Date.now() / 1000))
      return send(res, hit.page, req.method === 'HEAD')
    }
    // Not cached: Next answers this request, and the copy is fetched once it has (never two
    // renders of a cold page at the same time).
    res.once('finish', refresh)
  }
  unvouched()
  // A copy fetched for the cache is vouched for by hash when stored (fill, above); any other
  // answer Next streams gets a fresh nonce on its own inline scripts, stamped as it passes.
  if (!req.headers['x-placard-fill'] && !isFile(req.url ?? '/')) {
    for (const header of ['accept-encoding', 'if-none-match', 'if-modified-since']) delete req.headers[header]
    stampNoncesOnStreamedPage(res, req.url ?? '/')
  }
  void handle(req, res)
}
// Requests Node's own parser refuses (raw bytes no URL may hold, oversized headers) get the
// same plain answer and headers as the ones refused above, instead of Node's empty 400.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy()
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW'
  const message = tooLarge ? 'The request’s headers are too large.' : 'This request is malformed: it has a character no link or header can contain.'
  const head = [
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}`,
    'content-type: text/plain; charset=utf-8',
    `content-security-policy: ${defaultContentSecurityPolicy('/')}`,
  ]
  for (const [name, value] of headersForEveryAnswer) head.push(`${name}: ${value}`)
  socket.end(`${head.join('\r\n')}\r\ncontent-length: ${Buffer.byteLength(message)}\r\nconnection: close\r\n\r\n${message}`)
})
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => log.info({ port }, `Placard ready on http://localhost:${port}`))

const stop = () => {
  server.close()
  void app.close().finally(() => process.exit(0))
  setTimeout(() => process.exit(0), 5_000).unref()
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop)
stopWhenOrphaned(stop)
