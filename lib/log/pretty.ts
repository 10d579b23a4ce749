// Development's log lines: pino's JSON turned into one line of text a person reads at a glance
// ("12:04:31.120 INFO  web  GET /petitions/x 200 12 ms  reqId=…"), without another dependency.

const LEVELS: Record<string, string> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO ', warn: 'WARN ', error: 'ERROR', fatal: 'FATAL' }
const SHOWN_ELSEWHERE = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'component', 'err'])

export function prettyLine(json: string): string {
  let entry: Record<string, unknown>
  try {
    entry = JSON.parse(json) as Record<string, unknown>
  } catch {
    return json
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : ''
  const level = LEVELS[String(entry.level)] ?? String(entry.level)
  const component = entry.component ? `${String(entry.component)}  ` : ''
  const fields = Object.entries(entry)
    .filter(([key]) => !SHOWN_ELSEWHERE.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ')
  const err = entry.err as { stack?: string; message?: string } | undefined
  const stack = err ? `\n    ${(err.stack ?? err.message ?? '').split('\n').join('\n    ')}` : ''
  return `${time} ${level} ${component}${String(entry.msg ?? '')}${fields ? `  ${fields}` : ''}${stack}\n`
}
