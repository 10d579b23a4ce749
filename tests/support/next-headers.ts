import { AsyncLocalStorage } from 'node:async_hooks'

// Stands in for next/headers in integration tests: server actions run outside a Next request
// here, so the request's cookies and headers come from the test (tests/support/admin-session.ts).
// Everything behind them (the JWT, the users table, the permission check) is the real code.

type RequestState = { cookies: Map<string, string>; headers: Headers }
export const requestStorage = new AsyncLocalStorage<RequestState>()

function current(): RequestState {
  return requestStorage.getStore() ?? { cookies: new Map(), headers: new Headers() }
}

export async function cookies() {
  const state = current()
  return {
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
  }
}

export async function headers() {
  return current().headers
}
