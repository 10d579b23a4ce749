import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { routeConsoleThrough } from '@/lib/log/logger'
import { prettyLine } from '@/lib/log/pretty'
import { logRequest } from '@/lib/log/request-log'
import { blankSensitive } from '@/lib/log/sensitive'

// What an operator reads: one JSON line per request (its id, method, path, status, time, what
// the micro-cache did), the id echoed in X-Request-Id, and nothing personal in any line.

const lines: Record<string, unknown>[] = []
const log = pino(
  { level: 'info', hooks: { streamWrite: (line) => blankSensitive(line, []) } },
  { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
)
let server: http.Server
let url = ''

beforeAll(async () => {
  server = http.createServer((req, res) => {
    logRequest(log, req, res, () => (req.url?.startsWith('/cached') ? 'hit' : 'bypass'))
    res.writeHead(req.url?.startsWith('/broken') ? 500 : 200)
    res.end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

it('logs one line per request, with the path but never the query string, and sends the id back', async () => {
  const response = await fetch(`${url}/cached/petitions/x?email=rosa@example.org&token=abc`)
  await settle()
  const id = response.headers.get('x-request-id')!
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/)
  const line = lines.find((l) => l.reqId === id)!
  expect(line).toMatchObject({ level: 30, method: 'GET', route: '/cached/petitions/x', status: 200, cache: 'hit', msg: 'GET /cached/petitions/x 200' })
  expect(typeof line.ms).toBe('number')
  expect(JSON.stringify(lines)).not.toContain('rosa')
})

it('keeps a proxy’s short safe request id, and replaces anything else', async () => {
  expect((await fetch(`${url}/a`, { headers: { 'x-request-id': 'f3a1c2d4e5b6a7c8' } })).headers.get('x-request-id')).toBe('f3a1c2d4e5b6a7c8')
  for (const bad of ['short', 'has space in it', 'x'.repeat(65), 'semi;colon-12345', '198.51.100.7']) {
    const echoed = (await fetch(`${url}/a`, { headers: { 'x-request-id': bad } })).headers.get('x-request-id')
    expect(echoed, bad).not.toBe(bad)
  }
})

it('logs a 5xx at error, and a healthy health check only at debug', async () => {
  lines.length = 0
  await fetch(`${url}/broken`)
  await fetch(`${url}/api/ready`)
  await settle()
  expect(lines.map((l) => [l.route, l.level])).toEqual([['/broken', 50]])
})

it('sends console output through the logger, errors as err, with addresses blanked', () => {
  const saved = { ...console }
  try {
    routeConsoleThrough(log)
    lines.length = 0
    console.error('[placard] signing failed for petition %s:', 'free-them', new Error('duplicate key (email)=(rosa@example.org) from 203.0.113.9'))
    console.warn('plain warning')
  } finally {
    Object.assign(console, saved)
  }
  expect(lines[0]).toMatchObject({ level: 50, msg: '[placard] signing failed for petition free-them:' })
  expect((lines[0]!.err as { message: string }).message).toBe('duplicate key (email)=([email]) from [ip]')
  expect(lines[1]).toMatchObject({ level: 40, msg: 'plain warning' })
})

it('reads as one line of text in development', () => {
  const json = JSON.stringify({ level: 'info', time: '2026-12-01T20:54:13.117Z', pid: 1, component: 'web', reqId: 'abc', status: 200, msg: 'GET / 200' })
  expect(prettyLine(json)).toBe('20:54:13.117 INFO  web  GET / 200  reqId=abc status=200\n')
})

it('passes an ordinary access line through untouched, and still blanks every kind of leak in one', () => {
  const access =
    '{"level":"info","time":"2026-12-01T20:54:13.117Z","pid":2683,"component":"web","reqId":"6f1c2a4e-0a5b-4c1e-9d7e-1f2a3b4c5d6e","method":"GET","route":"/posts/a-2026","status":200,"ms":0.6,"cache":"hit","msg":"GET /posts/a-2026 200"}\n'
  expect(blankSensitive(access, [])).toBe(access)
  const leaks: [string, string][] = [
    ['ada@example.org', '[email]'],
    ['198.51.100.23', '[ip]'],
    ['::1', '[ip]'],
    ['[2001:db8::7]:443', '[ip]'],
    ['::ffff:198.51.100.23', '[ip]'],
    ['2001:db8:0:0:1:0:0:1', '[ip]'],
    ['0:0:0:0:0:ffff:198.51.100.23', '[ip]'],
    ['next-auth.session-token=abc.def', '[session]'],
    ['/set-password/abcdefghijklmnopqrstuvwx', '[token]'],
    ['?token=abcdefghijklmnopqrstuvwx', '[token]'],
    [`6f1c2a4e-0a5b-4c1e-9d7e-1f2a3b4c5d6e.1764600000.${'A'.repeat(43)}`, '[token]'],
    ['secret-0123456789abcdef', '[secret]'],
  ]
  for (const [leak, placeholder] of leaks) {
    const line = access.replace('"msg":"GET /posts/a-2026 200"', `"msg":"failed for ${leak} here"`)
    const out = blankSensitive(line, ['secret-0123456789abcdef'])
    expect(out, leak).toContain(placeholder)
    expect(out, leak).not.toContain(leak)
  }
})
