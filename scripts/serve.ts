// The production web server: Next.js behind the one-second page micro-cache
// (lib/http/page-cache.ts). `npm start`, the end-to-end tests and the benchmarks all use it.
import http from 'node:http'
import next from 'next'
import { pageCache, PageCache, send } from '@/lib/http/page-cache'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME ?? '0.0.0.0'
const app = next({ dev: false, port, hostname: 'localhost', dir: process.cwd() })
const cache = pageCache()

await app.prepare()
const handle = app.getRequestHandler()

/** Fetches the page from Next in the background, byte for byte, and keeps it if cacheable. */
function fill(key: string, url: string, acceptEncoding: string) {
  if (!cache.beginFill(key)) return
  const generation = cache.currentGeneration()
  const request = http.get(
    { host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': acceptEncoding, 'x-placard-fill': '1' } },
    (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
        }
        cache.store(key, { status: response.statusCode ?? 500, headers: PageCache.headersOf(headers), body: Buffer.concat(chunks) }, generation)
        cache.endFill(key)
      })
      response.on('error', () => cache.endFill(key))
    },
  )
  request.on('error', () => cache.endFill(key))
}

const server = http.createServer((req, res) => {
  const key = cache.keyFor(req)
  if (key) {
    const hit = cache.get(key)
    if (hit) return send(res, hit, req.method === 'HEAD')
    fill(key, req.url ?? '/', key.startsWith('gzip') ? 'gzip' : 'identity')
  }
  void handle(req, res)
})
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => console.log(`▲ Placard ready on http://localhost:${port}`))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void app.close().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
