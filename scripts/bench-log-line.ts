// npm run bench:log-line — what one access line (lib/log/request-log.ts) costs the web server:
// pino's JSON, the scan for personal data every line passes (lib/log/sensitive.ts), and the write
// to a file, synchronously or not, or no line at all below LOG_LEVEL. The variants run
// interleaved and the fastest round of each is kept: on a shared machine the other work only
// ever adds time. "full scan" is the scan without its quick test first, as every JSON line got it
// before that test learnt to look past a log line's own colons and times.
import { rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { blankSensitive } from '@/lib/log/sensitive'
const secrets = ['a'.repeat(64)]
const file = path.join(tmpdir(), `placard-bench-log-line-${process.pid}.log`)
// An `@` at the end sends the line through every pattern, as the old quick test did for any JSON line.
const before = (s: string) => blankSensitive(s + '@', secrets).slice(0, -1)
const now = (s: string) => blankSensitive(s, secrets)
const make = (sync: boolean, hook: (s: string) => string, level = 'info') =>
  pino(
    { level, base: { pid: 1 }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (l) => ({ level: l }) }, hooks: { streamWrite: hook } },
    pino.destination({ dest: file, sync }),
  ).child({ component: 'web' })
const variants: [string, pino.Logger][] = [
  ['sync, full scan (before)', make(true, before)],
  ['sync, quick test first (now)', make(true, now)],
  ['async (LOG_SYNC=false), now', make(false, now)],
  ['LOG_LEVEL=warn (no line)', make(true, now, 'warn')],
]
const best = new Map<string, number>()
for (let round = 0; round < 7; round++)
  for (const [name, log] of variants) {
    const t = performance.now()
    for (let i = 0; i < 20000; i++)
      log.info(
        { reqId: '6f1c2a4e-0a5b-4c1e-9d7e-1f2a3b4c5d6e', method: 'GET', route: '/posts/winter-appeal-2026', status: 200, ms: 0.6, cache: 'hit' },
        'GET /posts/winter-appeal-2026 200',
      )
    const us = ((performance.now() - t) * 1000) / 20000
    best.set(name, Math.min(best.get(name) ?? Infinity, us))
    await new Promise((r) => setImmediate(r))
  }
console.log(
  `one access line, written to a file: fastest of 7 rounds of 20,000 lines each, variants interleaved (load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}, ${availableParallelism()} cores)`,
)
for (const [name, us] of best) console.log(`  ${name.padEnd(32)} ${us.toFixed(1).padStart(6)} µs/line`)
rmSync(file, { force: true })
