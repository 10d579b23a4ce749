import { spawn } from 'node:child_process'
import pino from 'pino'
import { expect, it } from 'vitest'
import { supervise } from '../../scripts/lib/supervise'

// `npm start` restarts a web server or worker that dies (scripts/lib/supervise.ts): real child
// processes here, crashing on purpose, with the delays shortened.

function capture() {
  const lines: { msg: string; restart?: number; delayMs?: number }[] = []
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) })
  return { log, lines }
}

const node = (code: string) => () => spawn(process.execPath, ['-e', code], { stdio: 'ignore' })

it('restarts a process that dies, each time after twice the delay, with one line saying so', async () => {
  const { log, lines } = capture()
  let starts = 0
  const supervised = supervise({
    name: 'web server',
    log,
    hint: '',
    onGiveUp: () => {},
    baseDelayMs: 50,
    spawn: () => (++starts < 4 ? node('process.exit(3)')() : node('setInterval(() => {}, 1000)')()),
  })
  await expect.poll(() => starts, { timeout: 5_000 }).toBe(4)
  const restarts = lines.filter((l) => l.msg.startsWith('The web server exited with code 3'))
  expect(restarts.map((l) => [l.restart, l.delayMs])).toEqual([
    [1, 50],
    [2, 100],
    [3, 200],
  ])
  expect(restarts[0]!.msg).toMatch(/^The web server exited with code 3 after \d+ ms; restarting it in 50 ms \(restart 1 of at most 5 in a row\)$/)
  // Stopping it is not a crash: no restart, no line.
  const running = supervised.child()!
  await supervised.stop()
  expect(running.signalCode).toBe('SIGTERM')
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(starts).toBe(4)
})

it('gives up on a crash loop and says what to look at', async () => {
  const { log, lines } = capture()
  let message = ''
  let starts = 0
  supervise({
    name: 'background worker',
    log,
    hint: 'Check SMTP_URL.',
    onGiveUp: (m) => (message = m),
    baseDelayMs: 10,
    maxRestarts: 3,
    spawn: () => {
      starts++
      return node('process.kill(process.pid, "SIGKILL")')()
    },
  })
  await expect.poll(() => message, { timeout: 5_000 }).not.toBe('')
  expect(starts).toBe(4)
  expect(message).toBe(
    "The background worker crashed 4 times in a row, each within 60 s of starting, so Placard stops here. Look at the background worker's last error above. Check SMTP_URL.",
  )
  expect(lines.filter((l) => /was killed by SIGKILL/.test(l.msg))).toHaveLength(4)
})

it('counts afresh after a process ran long enough to be called stable', async () => {
  const { log, lines } = capture()
  let starts = 0
  let gaveUp = false
  const supervised = supervise({
    name: 'web server',
    log,
    hint: '',
    onGiveUp: () => (gaveUp = true),
    baseDelayMs: 10,
    maxRestarts: 2,
    stableMs: 150,
    // Every run lasts 200 ms, longer than "stable": never a crash loop, always the first delay.
    spawn: () => (++starts <= 5 ? node('setTimeout(() => process.exit(1), 200)')() : node('setInterval(() => {}, 1000)')()),
  })
  await expect.poll(() => starts, { timeout: 5_000 }).toBe(6)
  await supervised.stop()
  expect(gaveUp).toBe(false)
  expect(lines.filter((l) => l.restart !== undefined).map((l) => l.restart)).toEqual([1, 1, 1, 1, 1])
})
