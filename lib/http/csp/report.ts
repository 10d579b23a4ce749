import { z } from 'zod'

// Violation reports that browsers send to /api/csp-report, in either of their two formats: the
// older `report-uri` one (application/csp-report) and the Reporting API's (application/reports+json,
// a batch). Each becomes one log line that says what was blocked where, with no personal data:
// no address, and every URL without its query string or fragment (a query can hold an email).

export const MAX_REPORT_BYTES = 64 * 1024
/** Reports logged per minute, across every instance; more are refused until the next minute. */
export const REPORTS_PER_MINUTE = 60
const MAX_BATCH = 10

const text = (max: number) => z.string().max(max)
const count = z.number().int().nonnegative().max(10_000_000)

const legacyReportSchema = z.object({
  'csp-report': z.object({
    'document-uri': text(4096),
    'blocked-uri': text(4096).optional(),
    'violated-directive': text(4096).optional(),
    'effective-directive': text(200).optional(),
    'source-file': text(4096).optional(),
    'line-number': count.optional(),
    'column-number': count.optional(),
    'script-sample': text(1000).optional(),
    disposition: z.enum(['enforce', 'report']).optional(),
  }),
})

const reportingApiSchema = z
  .array(
    z.object({
      type: text(100),
      url: text(4096),
      body: z.record(z.string(), z.unknown()).nullable().optional(),
    }),
  )
  .min(1, 'A report batch must hold at least one report.')
  .max(MAX_BATCH, `A report batch may hold at most ${MAX_BATCH} reports.`)

const cspViolationBodySchema = z.object({
  documentURL: text(4096),
  blockedURL: text(4096).optional(),
  effectiveDirective: text(200),
  sourceFile: text(4096).nullable().optional(),
  lineNumber: count.nullable().optional(),
  columnNumber: count.nullable().optional(),
  sample: text(1000).nullable().optional(),
  disposition: z.enum(['enforce', 'report']).optional(),
})

const article = (kind: string) => (kind === 'object' ? 'an object' : kind === 'array' ? 'a list' : kind === 'integer' ? 'a whole number' : `a ${kind}`)

/** A refused field in words a report's sender can act on: which one, and what it should hold. */
function refusal(issues: z.core.$ZodIssue[], prefix: string[] = []): string {
  const issue = issues[0]!
  const at = [...prefix, ...issue.path.map(String)].join('.') || 'the report'
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${at} is missing` : `${at} should be ${article(issue.expected)}`
    case 'too_big':
      return issue.origin === 'array' ? issue.message : `${at} is too ${issue.origin === 'string' ? 'long' : 'large'}`
    case 'too_small':
      return issue.origin === 'array' ? issue.message : `${at} is too ${issue.origin === 'string' ? 'short' : 'small'}`
    case 'invalid_value':
      return `${at} should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    default:
      return `${at} is not valid`
  }
}

export type Violation = {
  document: string
  directive: string
  blocked: string
  source?: string
  line?: number
  column?: number
  sample?: string
  disposition: string
}

export type ReportParse = { ok: true; violations: Violation[] } | { ok: false; status: 400 | 415 | 422; message: string }

/** A URL as scheme, host and path only; a CSP keyword (inline, eval, data …) as it is. */
export function withoutQuery(value: string | null | undefined): string {
  if (!value) return ''
  if (/^[a-z-]{1,20}$/.test(value)) return value
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.origin}${url.pathname}` : url.protocol.replace(/:$/, '')
  } catch {
    return 'unparseable'
  }
}

const oneLine = (value: string | null | undefined, max: number) => (value ? value.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').slice(0, max) : undefined)

export function parseReports(contentType: string | null, raw: string): ReportParse {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (!['application/csp-report', 'application/reports+json', 'application/json'].includes(type)) {
    return { ok: false, status: 415, message: 'Send violation reports as application/csp-report or application/reports+json.' }
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, status: 400, message: 'The report is not valid JSON.' }
  }
  if (!Array.isArray(data)) {
    const legacy = legacyReportSchema.safeParse(data)
    if (!legacy.success)
      return {
        ok: false,
        status: 422,
        message: `Not a CSP report: ${refusal(legacy.error.issues)}.`,
      }
    const r = legacy.data['csp-report']
    return {
      ok: true,
      violations: [
        {
          document: withoutQuery(r['document-uri']),
          directive: oneLine(r['effective-directive'] ?? r['violated-directive']?.split(' ')[0], 100) ?? 'unknown',
          blocked: withoutQuery(r['blocked-uri']),
          source: withoutQuery(r['source-file']) || undefined,
          line: r['line-number'],
          column: r['column-number'],
          sample: oneLine(r['script-sample'], 60),
          disposition: r.disposition ?? 'enforce',
        },
      ],
    }
  }
  const batch = reportingApiSchema.safeParse(data)
  if (!batch.success) return { ok: false, status: 422, message: `Not a report batch: ${refusal(batch.error.issues)}.` }
  const violations: Violation[] = []
  for (const report of batch.data) {
    // The same endpoint could be named for other kinds of report; only CSP violations are logged.
    if (report.type !== 'csp-violation') continue
    const body = cspViolationBodySchema.safeParse(report.body)
    if (!body.success)
      return {
        ok: false,
        status: 422,
        message: `Not a CSP violation report: ${refusal(body.error.issues, ['body'])}.`,
      }
    const b = body.data
    violations.push({
      document: withoutQuery(b.documentURL),
      directive: oneLine(b.effectiveDirective, 100)!,
      blocked: withoutQuery(b.blockedURL),
      source: withoutQuery(b.sourceFile) || undefined,
      line: b.lineNumber ?? undefined,
      column: b.columnNumber ?? undefined,
      sample: oneLine(b.sample, 60),
      disposition: b.disposition ?? 'enforce',
    })
  }
  return { ok: true, violations }
}

/** The one log line of a violation. */
export function violationLogLine(v: Violation): string {
  return `[placard] csp violation ${JSON.stringify(v)}`
}
