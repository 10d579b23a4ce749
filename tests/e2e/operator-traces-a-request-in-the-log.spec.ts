import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { e2eServerLog } from './support/site'

// An operator handed a request id (the X-Request-Id a visitor quotes, or nginx's $request_id)
// finds every line the request caused: the access line and what its route handler logged.
// A CSP violation report is a route handler anyone can reach that logs a line of its own.

type LogLine = { level?: string; reqId?: string; route?: string; status?: number; msg?: string }

function linesOf(reqId: string): LogLine[] {
  return readFileSync(e2eServerLog, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes(reqId))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.reqId === reqId)
}

async function reportViolation(request: import('@playwright/test').APIRequestContext, headers: Record<string, string> = {}) {
  const marker = `trace-${randomUUID()}`
  const answer = await request.post('/api/csp-report', {
    headers: { 'content-type': 'application/csp-report', ...headers },
    data: JSON.stringify({
      'csp-report': { 'document-uri': `http://127.0.0.1/${marker}`, 'blocked-uri': 'inline', 'violated-directive': 'script-src-elem' },
    }),
  })
  expect(answer.status(), await answer.text()).toBe(204)
  return { marker, reqId: answer.headers()['x-request-id']! }
}

/** The request's lines once both are written (asynchronous logging may hold them a few ms). */
async function bothLines(reqId: string, marker: string) {
  let lines: LogLine[] = []
  await expect
    .poll(() => {
      lines = linesOf(reqId)
      return lines.some((l) => l.route === '/api/csp-report') && lines.some((l) => l.msg?.includes(marker))
    })
    .toBe(true)
  return { access: lines.find((l) => l.route === '/api/csp-report')!, handler: lines.find((l) => l.msg?.includes(marker))! }
}

test('the route handler’s log line carries the same request id as the access line', async ({ request }) => {
  const first = await reportViolation(request)
  const second = await reportViolation(request)
  expect(first.reqId).toMatch(/^[0-9a-f-]{36}$/)
  expect(second.reqId).not.toBe(first.reqId)

  for (const { reqId, marker } of [first, second]) {
    const { access, handler } = await bothLines(reqId, marker)
    expect(access).toMatchObject({ level: 'info', status: 204, reqId })
    expect(handler).toMatchObject({ level: 'warn', reqId })
  }
  // Each handler line belongs to its own request only.
  expect(linesOf(first.reqId).some((l) => l.msg?.includes(second.marker))).toBe(false)
})

test('an id sent by the proxy in front follows the request into the handler’s line', async ({ request }) => {
  const proxyId = `nginx${randomUUID().replaceAll('-', '')}`
  const { reqId, marker } = await reportViolation(request, { 'x-request-id': proxyId })
  expect(reqId).toBe(proxyId)
  const { handler } = await bothLines(proxyId, marker)
  expect(handler.reqId).toBe(proxyId)
})
