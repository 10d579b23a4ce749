import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { isFrameablePath } from './csp/policy'
import { isHtml } from './csp/vouch-response'
import type { CachedPage } from './page-cache'

// Pages as files for nginx in front (PAGE_FILES_DIR; deploy/nginx/placard.conf). nginx answers
// from its own page cache at about 80 % of the rate it sends a static file of the same bytes (a
// cache hit looks up its key and parses the stored headers); a file it sends as any other.
//
// An instance that answers a page from its micro-cache also writes it into the folder of the
// current second, `<dir>/<second>/<address>.html` and `.html.gz` (the home page `.html`), and nginx serves
// that second's folder as plain files, asking the instances only for pages it has no file of
// yet: the first request for a page in each second. So a page is kept to the end of the current
// second, as the instances already tell nginx's cache (X-Accel-Expires), and a change shows
// within about a second. Folders older than a few seconds are removed.
//
// nginx adds the headers every page carries; a page's own Content-Security-Policy (the hashes of
// its inline scripts) is inside the page itself, as a <meta> tag ahead of every script, put there
// when the micro-cache stored it (page-to-store.ts). Writing costs no more than decoding the
// copy's gzip for the plain file (or encoding a plain copy, for the rare client without gzip).

/** Folders of seconds older than this are removed (nginx may still be sending their files). */
const KEEP_SECONDS = 5
/** Longest file name most file systems take, less ".html.gz" and the temporary suffix. */
const MAX_NAME_BYTES = 200
/** Directives a policy in a <meta> tag cannot carry (nginx sends frame-ancestors itself). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])
const POLICY_TAG = '<meta http-equiv="Content-Security-Policy"'
/** The tag follows <html><head><meta charSet>: well within the page's first bytes. */
const POLICY_TAG_WITHIN = 512

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/**
 * The file of a page's address within a second's folder (relative), or null for an address
 * nginx never serves from a file: one with a query, a trailing slash, an extension (a file of
 * the site's own), or a segment no file name can be; and the widget other sites frame, whose
 * policy differs from the one nginx sends. An address that spells a plain character as a %-escape
 * (`/%61dmin`, `/widge%74`, `%2F`) is no page's own link: its answer is never written under the
 * name it decodes to.
 */
export function pageFileOf(url: string): string | null {
  if (!url.startsWith('/') || /[?#]/.test(url) || (url !== '/' && url.endsWith('/')) || isFrameablePath(url)) return null
  if (/%[0-7][0-9a-f]/i.test(url)) return null
  let address: string
  try {
    // nginx looks for the decoded address ($uri).
    address = decodeURIComponent(url)
  } catch {
    return null
  }
  const segments = address === '/' ? [] : address.slice(1).split('/')
  const unfit = (segment: string) =>
    segment === '' || segment === '.' || segment === '..' || segment.includes('\0') || Buffer.byteLength(segment) > MAX_NAME_BYTES
  if (segments.some(unfit) || /\.[A-Za-z0-9]{1,8}$/.test(address)) return null
  // nginx looks for `$uri.html`: an address ending in "/" finds no file (Placard redirects it).
  return address === '/' ? '.html' : `${path.join(...segments)}.html`
}

/** The policy as a <meta> tag can carry it: without the directives only a header may hold. */
export function metaPolicyOf(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ')
}

/** The page with its policy as the first tag of its head (after the charset, which must come first), or null without a head. */
export function withPolicyTag(html: string, policy: string): string | null {
  const head = /^(?:<!DOCTYPE html>)?<html[^>]*><head>(?:<meta charSet="utf-8"\/>)?/i.exec(html)
  if (!head) return null
  const content = metaPolicyOf(policy).replaceAll('&', '&amp;').replaceAll('"', '&quot;')
  const at = head[0].length
  return `${html.slice(0, at)}${POLICY_TAG} content="${content}"/>${html.slice(at)}`
}

export class PageFiles {
  private second = 0
  /** Files this instance has written in the current second. */
  private written = new Set<string>()
  private failing = false

  constructor(
    private readonly dir: string,
    private readonly onError: (error: unknown, recovered: boolean) => void = () => {},
  ) {}

  /** Writes a page answered from the micro-cache into the folder of `second` (once per second per address). */
  async save(url: string, page: CachedPage, second: number): Promise<void> {
    let sweep: Promise<void> | undefined
    if (second !== this.second) {
      this.second = second
      this.written.clear()
      sweep = this.removeOldSeconds(second).catch((error: unknown) => this.failed(error))
    }
    const file = pageFileOf(url)
    if (!file || this.written.has(file) || page.status !== 200 || !isHtml(page.headers['content-type'])) return sweep
    this.written.add(file)
    await sweep
    // A file that could not be written is not tried again in this second.
    await this.write(path.join(this.dir, String(second), file), page.body, page.headers['content-encoding']).then(
      () => {
        if (this.failing) this.onError(null, true)
        this.failing = false
      },
      (error: unknown) => this.failed(error),
    )
  }

  private failed(error: unknown) {
    if (!this.failing) this.onError(error, false)
    this.failing = true
  }

  private async write(file: string, body: Buffer, encoding: string | undefined) {
    if (encoding && encoding !== 'gzip') return
    const gzipped = encoding === 'gzip'
    const plain = gzipped ? await gunzipAsync(body) : body
    // Only an HTML page that carries its policy (page-to-store.ts put it there): without it, the
    // file would run with nginx's alone.
    if (!plain.subarray(0, POLICY_TAG_WITHIN).includes(POLICY_TAG)) return
    const compressed = gzipped ? body : await gzipAsync(plain)
    await mkdir(path.dirname(file), { recursive: true, mode: 0o755 })
    // The compressed copy first: nginx sends it once the page's own file exists.
    for (const [name, bytes] of [
      [`${file}.gz`, compressed],
      [file, plain],
    ] as const) {
      // Written aside, then renamed: nginx never sends half a file (nor one two writers mixed).
      const aside = `${name}.${randomBytes(6).toString('hex')}.tmp`
      await writeFile(aside, bytes, { mode: 0o644 })
      await rename(aside, name)
    }
  }

  /** Removes the folders of seconds long past, and of seconds ahead (left by a clock set back). */
  private async removeOldSeconds(second: number) {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const stale = names.filter((name) => /^\d+$/.test(name) && (Number(name) < second - KEEP_SECONDS || Number(name) > second + 1))
    await Promise.all(stale.map((name) => rm(path.join(this.dir, name), { recursive: true, force: true })))
  }
}
