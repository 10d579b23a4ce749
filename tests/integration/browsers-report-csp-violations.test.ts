import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { POST } from '@/app/api/csp-report/route'
import { MAX_REPORT_BYTES, REPORTS_PER_MINUTE } from '@/lib/http/csp/report'
import { resetDatabase } from '../support/factories'

// Browsers post Content-Security-Policy violations here in two formats. Each good report is one
// log line without personal data; anything else gets a 4xx that says why, and a flood is cut off
// before it can fill the logs (the count is kept in PostgreSQL, for every instance at once).

const legacy = {
  'csp-report': {
    'document-uri': 'https://placard.example/posts/hello?email=ada%40example.org#sign',
    referrer: 'https://search.example/?q=ada',
    'violated-directive': 'script-src-elem',
    'effective-directive': 'script-src-elem',
    'original-policy': "default-src 'self'",
    disposition: 'enforce',
    'blocked-uri': 'inline',
    'line-number': 12,
    'source-file': 'https://placard.example/posts/hello?token=secret',
    'status-code': 200,
    'script-sample': 'self.__next_f.push([1,""]);alert(1)',
  },
}

const batch = [
  {
    type: 'csp-violation',
    age: 10,
    url: 'https://placard.example/petitions/free?name=Ada',
    user_agent: 'Mozilla/5.0',
    body: {
      documentURL: 'https://placard.example/petitions/free?name=Ada',
      blockedURL: 'https://evil.example/x.js?id=42',
      effectiveDirective: 'script-src-elem',
      originalPolicy: "default-src 'self'",
      disposition: 'enforce',
      statusCode: 200,
      sourceFile: null,
      lineNumber: null,
      columnNumber: null,
      sample: '',
    },
  },
]

const post = (body: string, contentType = 'application/csp-report') =>
  POST(new Request('http://127.0.0.1/api/csp-report', { method: 'POST', headers: { 'content-type': contentType }, body }))

let logged: string[]
beforeEach(async () => {
  await resetDatabase()
  logged = []
  vi.spyOn(console, 'warn').mockImplementation((line: string) => void logged.push(line))
})
afterEach(() => vi.restoreAllMocks())

describe('a browser reports a violation', () => {
  it('through report-uri: 204, one line, no query string, fragment or address', async () => {
    const response = await post(JSON.stringify(legacy))
    expect(response.status).toBe(204)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/^\[placard\] csp violation \{/)
    const line = JSON.parse(logged[0]!.replace('[placard] csp violation ', ''))
    expect(line).toMatchObject({
      document: 'https://placard.example/posts/hello',
      directive: 'script-src-elem',
      blocked: 'inline',
      source: 'https://placard.example/posts/hello',
      line: 12,
      sample: 'self.__next_f.push([1,""]);alert(1)',
      disposition: 'enforce',
    })
    expect(logged[0]).not.toMatch(/ada|secret|search\.example/i)
  })

  it('through the Reporting API: 204 and a line per violation, other kinds of report ignored', async () => {
    const response = await post(
      JSON.stringify([...batch, { type: 'deprecation', url: 'https://placard.example/', body: { id: 'x' } }]),
      'application/reports+json',
    )
    expect(response.status).toBe(204)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toContain('"blocked":"https://evil.example/x.js"')
    expect(logged[0]).toContain('"document":"https://placard.example/petitions/free"')
    expect(logged[0]).not.toMatch(/Ada|id=42/)
  })
})

describe('bad reports get a 4xx that says why, and nothing is logged', () => {
  const cases: [string, string, string, number, RegExp][] = [
    ['a form post', 'a=1', 'application/x-www-form-urlencoded', 415, /application\/csp-report or application\/reports\+json/],
    ['no content type', JSON.stringify(legacy), '', 415, /application\/csp-report/],
    ['broken JSON', '{"csp-report":', 'application/csp-report', 400, /not valid JSON/],
    ['a report without its document', JSON.stringify({ 'csp-report': { 'blocked-uri': 'inline' } }), 'application/csp-report', 422, /document-uri/],
    ['a number for the document', JSON.stringify({ 'csp-report': { 'document-uri': 5 } }), 'application/csp-report', 422, /Not a CSP report/],
    ['an empty batch', '[]', 'application/reports+json', 422, /at least one report/],
    ['a batch of 11', JSON.stringify(Array(11).fill(batch[0])), 'application/reports+json', 422, /at most 10 reports/],
    [
      'a violation without its directive',
      JSON.stringify([{ ...batch[0], body: { documentURL: 'https://a.example/' } }]),
      'application/reports+json',
      422,
      /effectiveDirective/,
    ],
    [
      'a 20,000-character directive',
      JSON.stringify([{ ...batch[0], body: { ...batch[0]!.body, effectiveDirective: 'x'.repeat(20_000) } }]),
      'application/reports+json',
      422,
      /CSP violation/,
    ],
    [
      'a body over 64 KB',
      JSON.stringify({ 'csp-report': { 'document-uri': 'x'.repeat(MAX_REPORT_BYTES) } }),
      'application/csp-report',
      413,
      /too large \(at most 64 KB\)/,
    ],
  ]
  it.each(cases)('%s', async (_name, body, type, status, message) => {
    const response = await post(body, type)
    expect(response.status).toBe(status)
    expect(await response.text()).toMatch(message)
    expect(logged).toEqual([])
  })
})

it('a flood of reports is cut off: at most the limit per minute reach the log', async () => {
  const responses: Response[] = []
  // Twice the limit and one: whichever minute they fall in, one minute gets more than its share.
  for (let i = 0; i < 2 * REPORTS_PER_MINUTE + 1; i++) responses.push(await post(JSON.stringify(legacy)))
  const statuses = responses.map((r) => r.status)
  const refused = responses.find((r) => r.status === 429)
  expect(refused).toBeDefined()
  expect(await refused!.text()).toMatch(/Too many violation reports this minute/)
  expect(statuses.every((s) => s === 204 || s === 429)).toBe(true)
  expect(logged.length).toBe(statuses.filter((s) => s === 204).length)
  expect(logged.length).toBeLessThanOrEqual(2 * REPORTS_PER_MINUTE)
})
