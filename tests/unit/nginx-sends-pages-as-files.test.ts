import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '@/lib/http/csp/policy'
import { metaPolicyOf, pageFileOf, PageFiles, withPolicyTag } from '@/lib/http/page-files'
import { pageToStore } from '@/lib/http/page-to-store'

// An instance behind the deploy recipe's nginx writes each page it answers from its micro-cache
// into the folder of the current second, for nginx to send as a static file (PAGE_FILES_DIR).
// These write real files; bench:nginx and cluster:demo run nginx on them.

const POLICY = contentSecurityPolicy({ scriptSources: ["'sha256-abc+/='"] })
const HTML =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><script src="/_next/static/a.js" async=""></script></head><body><h1>Free them</h1><script>self.__next_f.push([1,"x"])</script></body></html>'

/** A page as the micro-cache keeps it with page files on: its policy inside it too (lib/http/page-to-store.ts). */
const page = (headers: Record<string, string> = {}, gzipped = false) => {
  const fetched = {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=60', ...headers },
    body: gzipped ? gzipSync(HTML) : Buffer.from(HTML),
  }
  return { status: 200, ...pageToStore('/', fetched, () => null, { policyTag: true }), storedAt: 0 }
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'placard-page-files-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('where a page goes', () => {
  it('names each address as nginx looks for it ($uri.html)', () => {
    expect(pageFileOf('/')).toBe('.html')
    expect(pageFileOf('/posts')).toBe('posts.html')
    expect(pageFileOf('/posts/new-charges')).toBe(path.join('posts', 'new-charges.html'))
    // nginx looks for the decoded address.
    expect(pageFileOf('/posts/%D0%B6%D0%B5%D1%80%D1%82%D0%B2%D1%8B')).toBe(path.join('posts', 'жертвы.html'))
  })

  it('never writes what nginx must ask the instances for, nor a path out of the folder', () => {
    for (const url of [
      '/posts/a?page=2',
      '/posts/a/',
      '/petitions/free-them/widget',
      '/robots.txt',
      '/posts/%2e%2e/%2e%2e/etc',
      '/posts/..',
      '/posts//a',
      '/posts/%E0%A4%A',
      '/posts/a%00b',
      // Plain characters spelled as escapes: no page's own link, and the widget or the admin area in disguise.
      '/petitions/free-them/widge%74',
      '/%61dmin',
      '/posts%2Fa',
      '/posts/a%20b',
      `/posts/${'a'.repeat(256)}`,
      'posts/a',
    ])
      expect(pageFileOf(url), url).toBeNull()
  })
})

describe('the policy inside the page', () => {
  it('keeps every directive a <meta> tag can carry, the script hashes among them', () => {
    const meta = metaPolicyOf(POLICY)
    expect(meta).toContain("script-src 'self' 'report-sample' 'sha256-abc+/='")
    expect(meta).toContain("object-src 'none'")
    expect(meta).not.toMatch(/frame-ancestors|report-uri|report-to/)
  })

  it('goes ahead of every script, right after the charset', () => {
    const html = withPolicyTag(HTML, POLICY)!
    expect(html.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src')).toBe(
      true,
    )
    expect(html.indexOf('http-equiv')).toBeLessThan(html.indexOf('<script'))
    expect(html.replace(/<meta http-equiv[^>]*>/, '')).toBe(HTML)
    expect(withPolicyTag('<p>no head</p>', POLICY)).toBeNull()
  })
})

describe('writing pages', () => {
  const second = 1_796_000_000
  const files = (address: string, at = second) => path.join(dir, String(at), `${address}.html`)

  it('writes the page and its gzip copy, each with the policy, from either copy the micro-cache keeps', async () => {
    const pageFiles = new PageFiles(dir)
    await pageFiles.save('/posts/a', page(), second)
    await pageFiles.save('/posts/b', page({ 'content-encoding': 'gzip' }, true), second)
    for (const address of ['posts/a', 'posts/b']) {
      const html = readFileSync(files(address), 'utf8')
      expect(html).toContain('<meta http-equiv="Content-Security-Policy"')
      expect(html).toContain('<h1>Free them</h1>')
      expect(gunzipSync(readFileSync(`${files(address)}.gz`)).toString()).toBe(html)
    }
    // Nothing is left aside half-written.
    expect(readdirSync(path.join(dir, String(second), 'posts')).sort()).toEqual(['a.html', 'a.html.gz', 'b.html', 'b.html.gz'])
  })

  it('writes an address once a second, and again in the next', async () => {
    const pageFiles = new PageFiles(dir)
    await pageFiles.save('/', page(), second)
    writeFileSync(files(''), 'nginx is sending this one')
    await pageFiles.save('/', page({ 'content-encoding': 'gzip' }, true), second)
    expect(readFileSync(files(''), 'utf8')).toBe('nginx is sending this one')
    await pageFiles.save('/', page(), second + 1)
    expect(readFileSync(files('', second + 1), 'utf8')).toContain('<h1>Free them</h1>')
  })

  it('writes only whole pages that carry their policy inside', async () => {
    const pageFiles = new PageFiles(dir)
    await pageFiles.save('/a', { ...page(), status: 404 }, second)
    await pageFiles.save('/b', { ...page(), headers: { ...page().headers, 'content-type': 'application/json' } }, second)
    await pageFiles.save('/c', { ...page(), headers: { ...page().headers, 'content-encoding': 'br' } }, second)
    // Stored before page files were on: nginx would send it with its frame-ancestors policy alone.
    await pageFiles.save('/d', { ...page(), body: Buffer.from(HTML) }, second)
    await pageFiles.save('/e?x=1', page(), second)
    expect(existsSync(path.join(dir, String(second)))).toBe(false)
  })

  it('removes the folders of seconds long past or ahead (a clock set back), and leaves the recent ones', async () => {
    for (const at of [second - 60, second - 6, second - 5, second - 1, second + 1, second + 2, second + 3600]) mkdirSync(path.join(dir, String(at)))
    mkdirSync(path.join(dir, 'not-a-second'))
    const pageFiles = new PageFiles(dir)
    await pageFiles.save('/', page(), second)
    expect(readdirSync(dir).sort()).toEqual([String(second - 5), String(second - 1), String(second), String(second + 1), 'not-a-second'].sort())
  })

  it('says once when it cannot write, and once when it can again', async () => {
    const blocked = path.join(dir, 'blocked')
    writeFileSync(blocked, 'a file where the folder should be')
    const heard: string[] = []
    const pageFiles = new PageFiles(blocked, (error, recovered) => heard.push(recovered ? 'recovered' : `failed: ${(error as NodeJS.ErrnoException).code}`))
    await pageFiles.save('/a', page(), second)
    await pageFiles.save('/b', page(), second)
    expect(heard).toEqual(['failed: ENOTDIR'])
    rmSync(blocked)
    // Not tried again within the second; in the next, written.
    await pageFiles.save('/a', page(), second)
    expect(existsSync(path.join(blocked, String(second), 'a.html'))).toBe(false)
    await pageFiles.save('/a', page(), second + 1)
    expect(heard).toEqual(['failed: ENOTDIR', 'recovered'])
    expect(existsSync(path.join(blocked, String(second + 1), 'a.html'))).toBe(true)
  })
})
