import { gunzipSync, gzipSync } from 'node:zlib'
import { frameworkScriptHashes } from './csp/inline-scripts'
import { contentSecurityPolicy, isFrameablePath } from './csp/policy'
import { isHtml } from './csp/vouch-response'
import { inlineStylesheets, type ReadStylesheet } from './inline-stylesheets'
import { withPolicyTag } from './page-files'

// A page fetched for the micro-cache (scripts/serve.ts), made ready to keep, in one pass over
// its text (decoded once and encoded once, gzip kept as it came), so a cache hit costs nothing
// more:
// - its stylesheets inlined (inline-stylesheets.ts);
// - its Content-Security-Policy vouching for exactly its framework scripts, by hash
//   (csp/vouch-response.ts vouches for pages Next streams, by nonce);
// - with pages as files (PAGE_FILES_DIR), that policy inside the page too, as a <meta> tag: a
//   file nginx sends can carry no header of its own (page-files.ts).
// Anything but an HTML page in gzip or no encoding is kept as it came.

export type PageToStore = { headers: Record<string, string>; body: Buffer }

export function pageToStore(path: string, fetched: PageToStore, read: ReadStylesheet, { policyTag = false } = {}): PageToStore {
  const { headers, body } = fetched
  const encoding = headers['content-encoding']
  if (!isHtml(headers['content-type']) || (encoding && encoding !== 'gzip')) return fetched
  let html = inlineStylesheets((encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8'), read)
  const policy = contentSecurityPolicy({ scriptSources: frameworkScriptHashes(html), frameable: isFrameablePath(path) })
  if (policyTag) html = withPolicyTag(html, policy) ?? html
  return {
    headers: { ...headers, 'content-security-policy': policy },
    body: encoding === 'gzip' ? gzipSync(html) : Buffer.from(html),
  }
}
