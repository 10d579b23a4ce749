import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'

// One log line per request the web server answers (scripts/serve.ts): its id, method, path
// (never the query string, which may carry a token or an address), status, time taken and what
// the page micro-cache did. The id comes back in the X-Request-Id header, so a person reporting a
// problem can quote it; an id sent by a proxy in front (nginx's $request_id) is kept when it is
// a short token of safe characters, so one id follows the request through both logs.

export const REQUEST_ID_HEADER = 'x-request-id'
const SAFE_REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

export type CacheOutcome = 'hit' | 'stale' | 'miss' | 'bypass' | 'fill'

export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()
}

/** The address's path only: "/petitions/x?email=…" is logged as "/petitions/x". */
export function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split(/[?#]/, 1)[0] || '/'
  return path.length > 300 ? `${path.slice(0, 300)}…` : path
}

// Polled every second by load balancers: only worth a line (at info) when the answer is bad.
const ROUTINE = /^\/api\/(?:health|ready)$/

/**
 * Gives the request its id (in the request, for the handlers, and in the answer) and logs one
 * line once the answer is sent or the client goes away. `cache` is read then.
 */
export function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, cache: () => CacheOutcome | undefined): string {
  const reqId = requestIdFor(req.headers[REQUEST_ID_HEADER])
  req.headers[REQUEST_ID_HEADER] = reqId
  res.setHeader(REQUEST_ID_HEADER, reqId)
  const started = performance.now()
  res.once('close', () => {
    const route = pathOf(req.url)
    const status = res.statusCode
    const line = {
      reqId,
      method: req.method,
      route,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      cache: cache(),
      ...(res.writableFinished ? {} : { aborted: true }),
    }
    const quiet = status < 400 && ROUTINE.test(route)
    const level = status >= 500 ? 'error' : quiet ? 'debug' : 'info'
    log[level](line, `${req.method} ${route} ${status}`)
  })
  return reqId
}
