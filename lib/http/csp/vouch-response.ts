import { randomBytes } from 'node:crypto'
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { StringDecoder } from 'node:string_decoder'
import { NonceStamper } from './inline-scripts'
import { contentSecurityPolicy, isFrameablePath } from './policy'

// How scripts/serve.ts vouches for Next's own inline scripts without giving up the micro-cache:
// a page stored in the cache gets the hashes of those scripts in its stored policy (worked out
// once per stored copy, so a cache hit costs nothing more; lib/http/page-to-store.ts), and a page
// Next answers directly (a miss, a 404, the admin area) is streamed through NonceStamper with a
// fresh nonce.

export const isHtml = (contentType: unknown) => /^text\/html\b/i.test(String(contentType ?? ''))

type WriteCallback = (error?: Error | null) => void

/**
 * Makes an HTML answer Next is about to stream carry a per-request nonce, stamped on its own
 * inline scripts as they pass. Call before handing the request to Next, with compression off
 * (the request's Accept-Encoding removed): the stamp works on the text.
 */
export function stampNoncesOnStreamedPage(res: ServerResponse, path: string) {
  const writeHead = res.writeHead.bind(res)
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  let decided = false
  let stamper: NonceStamper | null = null
  const decoder = new StringDecoder('utf8')

  const decide = () => {
    if (decided || res.headersSent) return
    decided = true
    if (!isHtml(res.getHeader('content-type')) || res.getHeader('content-encoding')) return
    const nonce = randomBytes(18).toString('base64url')
    stamper = new NonceStamper(nonce)
    res.setHeader('content-security-policy', contentSecurityPolicy({ scriptSources: [`'nonce-${nonce}'`], frameable: isFrameablePath(path) }))
    // The body changes length, and each copy differs: no length, no validator to revalidate against.
    res.removeHeader('content-length')
    res.removeHeader('etag')
  }
  const text = (chunk: unknown, encoding?: BufferEncoding) =>
    typeof chunk === 'string' ? decoder.write(Buffer.from(chunk, encoding ?? 'utf8')) : decoder.write(Buffer.from(chunk as Uint8Array))

  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined
    const headers = (reason === undefined ? rest[0] : rest[1]) as OutgoingHttpHeaders | unknown[] | undefined
    if (Array.isArray(headers)) return writeHead(statusCode, ...(rest as [string]))
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value)
    decide()
    return reason === undefined ? writeHead(statusCode) : writeHead(statusCode, reason)
  }) as ServerResponse['writeHead']

  res.write = ((chunk: unknown, encodingOrCallback?: BufferEncoding | WriteCallback, callback?: WriteCallback) => {
    decide()
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined
    const cb = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback
    if (!stamper) return write(chunk as string, encoding ?? 'utf8', cb)
    const out = stamper.push(text(chunk, encoding))
    if (out) return write(out, 'utf8', cb)
    if (cb) process.nextTick(cb)
    return true
  }) as ServerResponse['write']

  res.end = ((...args: unknown[]) => {
    decide()
    const cb = typeof args[args.length - 1] === 'function' ? (args.pop() as () => void) : undefined
    const [chunk, encoding] = args as [unknown, BufferEncoding | undefined]
    if (!stamper) return chunk === undefined || chunk === null ? end(cb) : end(chunk as string, encoding ?? 'utf8', cb)
    const rest = chunk === undefined || chunk === null ? decoder.end() : text(chunk, encoding) + decoder.end()
    return end(stamper.push(rest) + stamper.flush(), 'utf8', cb)
  }) as ServerResponse['end']
}
