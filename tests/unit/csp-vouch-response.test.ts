import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { contentSecurityPolicy, isFrameablePath } from '@/lib/http/csp/policy'
import { stampNoncesOnStreamedPage } from '@/lib/http/csp/vouch-response'
import { pageToStore } from '@/lib/http/page-to-store'

// The two ways scripts/serve.ts vouches for Next's own scripts: a policy with hashes stored with
// each cached copy, and a nonce stamped on a page as a real Node server streams it.

const BOOT = '(self.__next_f=self.__next_f||[]).push([0])'
const page = `<!DOCTYPE html><html><body><p>Hi</p><script>${BOOT}</script><script>alert(1)</script></body></html>`

describe('the policy', () => {
  it('holds the required directives and nothing that lets an inline script run', () => {
    const policy = contentSecurityPolicy()
    expect(policy).toContain("script-src 'self' 'report-sample';")
    for (const d of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'", 'report-uri /api/csp-report']) {
      expect(policy).toContain(d)
    }
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })

  it('names report-to only on an https site, where Chromium delivers it', () => {
    const before = process.env.SITE_URL
    try {
      process.env.SITE_URL = 'https://placard.example'
      expect(contentSecurityPolicy()).toMatch(/; report-uri \/api\/csp-report; report-to csp$/)
      process.env.SITE_URL = 'http://127.0.0.1:3000'
      expect(contentSecurityPolicy()).not.toContain('report-to')
    } finally {
      if (before === undefined) delete process.env.SITE_URL
      else process.env.SITE_URL = before
    }
  })

  it('lets only the widget be framed by anyone', () => {
    expect(isFrameablePath('/petitions/free/widget')).toBe(true)
    expect(isFrameablePath('/petitions/free/widget?theme=dark')).toBe(true)
    expect(isFrameablePath('/petitions/free')).toBe(false)
    expect(isFrameablePath('/petitions/free/widget/../../admin')).toBe(false)
    expect(isFrameablePath('/admin?x=/petitions/a/widget')).toBe(false)
  })

  it('allows eval only under next dev', () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'")
  })
})

describe('a cached copy', () => {
  const noStylesheets = () => null
  it('gets the hash of exactly Next’s scripts, gzipped or not', () => {
    for (const [body, extra] of [
      [Buffer.from(page), {}],
      [gzipSync(page), { 'content-encoding': 'gzip' }],
    ] as const) {
      const { headers } = pageToStore('/', { headers: { 'content-type': 'text/html; charset=utf-8', ...extra }, body }, noStylesheets)
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'report-sample' 'sha256-[A-Za-z0-9+/]+=*';/)
    }
  })

  it('carries the same policy inside the page when nginx sends pages as files', () => {
    const html = `<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body>${page}</body></html>`
    const stored = pageToStore('/', { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync(html) }, noStylesheets, {
      policyTag: true,
    })
    const tag = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(gunzipSync(stored.body).toString())![1]!
    expect(stored.headers['content-security-policy']).toContain(tag.split('; object-src')[0]!)
    expect(tag).toMatch(/script-src 'self' 'report-sample' 'sha256-/)
    expect(pageToStore('/', { headers: { 'content-type': 'text/html' }, body: Buffer.from(html) }, noStylesheets).body.toString()).not.toContain('http-equiv')
  })

  it('leaves other answers as they are', () => {
    const json = { headers: { 'content-type': 'application/json' }, body: Buffer.from('{}') }
    expect(pageToStore('/', json, noStylesheets)).toBe(json)
  })
})

let server: http.Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

async function serve(handler: (res: http.ServerResponse) => void) {
  server = http.createServer((_req, res) => {
    res.setHeader('content-security-policy', contentSecurityPolicy())
    stampNoncesOnStreamedPage(res, '/petitions/free/widget')
    handler(res)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
}

describe('a page streamed from Next', () => {
  it('gets a fresh nonce in its policy and on Next’s scripts only, chunk by chunk', async () => {
    const response = await serve((res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('content-length', String(page.length))
      res.setHeader('etag', '"abc"')
      // Split inside a tag and inside a multi-byte character.
      const bytes = Buffer.from(page.replace('Hi', 'Grüße'))
      res.write(bytes.subarray(0, 30))
      res.write(bytes.subarray(30, 55))
      setTimeout(() => res.end(bytes.subarray(55)), 10)
    })
    const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    expect(nonce).toBeDefined()
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(response.headers.get('etag')).toBeNull()
    expect(await response.text()).toBe(page.replace('Hi', 'Grüße').replace(`<script>${BOOT}`, `<script nonce=${nonce}>${BOOT}`))
  })

  it('set by writeHead, with the headers given there', async () => {
    const response = await serve((res) => {
      res.writeHead(404, { 'content-type': 'text/html' })
      res.end(page)
    })
    expect(response.status).toBe(404)
    expect(await response.text()).toMatch(/<script nonce=[A-Za-z0-9_-]+>\(self/)
  })

  it('leaves a JSON answer and its policy untouched', async () => {
    const response = await serve((res) => {
      res.setHeader('content-type', 'application/json')
      res.end('{"a":"<script>x</script>"}')
    })
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy())
    expect(await response.text()).toBe('{"a":"<script>x</script>"}')
  })
})
