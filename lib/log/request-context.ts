import { AsyncLocalStorage } from 'node:async_hooks'

// The request id of the request being answered, wherever its work goes: scripts/serve.ts runs
// each request's handling inside it, and the logger (lib/log/logger.ts) adds `reqId` to every
// line written meanwhile — a route handler's console.error, a server action's warning — so they
// match the request's access line. The web server and the route handlers Next bundled each load
// their own copy of this module, so the one store is kept on globalThis.

type RequestContext = { reqId: string }

const KEY = Symbol.for('placard.requestContext')
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??= new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>

/** Runs `work` (and everything it starts) as part of the request `reqId`. */
export function runWithRequestId<T>(reqId: string, work: () => T): T {
  return store.run({ reqId }, work)
}

/** The id of the request whose work is running, if any. */
export function currentRequestId(): string | undefined {
  return store.getStore()?.reqId
}
