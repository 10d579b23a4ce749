import { MAX_REPORT_BYTES, parseReports, REPORTS_PER_MINUTE, violationLogLine } from '@/lib/http/csp/report'
import { withinRateLimit } from '@/lib/rate-limit'

// Where browsers send Content-Security-Policy violations (lib/http/csp/policy.ts names it in
// every policy). Anyone may post here, so the body is bounded, validated, and the number of
// logged reports is capped per minute for the whole site: a flood cannot fill the logs.

const plain = (status: number, message: string) => new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** The body, or null once it is past the limit (counted as it arrives, whatever it declares). */
async function readBounded(request: Request): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REPORT_BYTES) return null
  if (!request.body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > MAX_REPORT_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function POST(request: Request) {
  const raw = await readBounded(request)
  if (raw === null) return plain(413, `The report is too large (at most ${MAX_REPORT_BYTES / 1024} KB).`)
  const parsed = parseReports(request.headers.get('content-type'), raw)
  if (!parsed.ok) return plain(parsed.status, parsed.message)
  if (parsed.violations.length > 0 && !(await withinRateLimit('csp-report', REPORTS_PER_MINUTE, 60))) {
    return plain(429, 'Too many violation reports this minute; this one was not logged.')
  }
  for (const violation of parsed.violations) console.warn(violationLogLine(violation))
  return new Response(null, { status: 204 })
}
