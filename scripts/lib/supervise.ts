import type { ChildProcess } from 'node:child_process'
import type { Logger } from 'pino'

// `npm start` keeps its web server and worker running: one that dies is started again after
// 1 s, 2 s, 4 s … (at most maxDelayMs), with one log line each time. A child that ran for
// stableMs before dying starts the count afresh; one that dies maxRestarts times in a row
// soon after starting is in a crash loop, and restarting it again would only hide that:
// supervision gives up and says what to look at.

export type SuperviseOptions = {
  /** "web server", "worker": how the log lines name it. */
  name: string
  spawn: () => ChildProcess
  log: Logger
  /** Called once when it gives up, with the message to show. */
  onGiveUp: (message: string) => void
  /** What to look at when it keeps crashing. */
  hint: string
  maxRestarts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  stableMs?: number
}

export type Supervised = { child: () => ChildProcess | undefined; restarts: () => number; stop: (timeoutMs?: number) => Promise<void> }

const running = (child: ChildProcess | undefined): child is ChildProcess => Boolean(child && child.exitCode === null && child.signalCode === null)

export function supervise(options: SuperviseOptions): Supervised {
  const { name, log, maxRestarts = 5, baseDelayMs = 1_000, maxDelayMs = 30_000, stableMs = 60_000 } = options
  let child: ChildProcess | undefined
  let stopping = false
  let inARow = 0
  let total = 0
  let timer: NodeJS.Timeout | undefined

  const start = () => {
    const startedAt = Date.now()
    child = options.spawn()
    child.once('exit', (code, signal) => {
      if (stopping) return
      const ranMs = Date.now() - startedAt
      inARow = ranMs >= stableMs ? 1 : inARow + 1
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
      if (inARow > maxRestarts) {
        stopping = true
        log.error({ child: name, code, signal, restarts: total }, `The ${name} ${how}: giving up`)
        options.onGiveUp(
          `The ${name} crashed ${inARow} times in a row, each within ${Math.round(stableMs / 1000)} s of starting, so Placard stops here. ` +
            `Look at the ${name}'s last error above. ${options.hint}`,
        )
        return
      }
      const delayMs = Math.min(maxDelayMs, baseDelayMs * 2 ** (inARow - 1))
      total++
      log.warn(
        { child: name, code, signal, ranMs, restart: inARow, delayMs },
        `The ${name} ${how} after ${formatDuration(ranMs)}; restarting it in ${formatDuration(delayMs)} (restart ${inARow} of at most ${maxRestarts} in a row)`,
      )
      timer = setTimeout(start, delayMs)
    })
  }
  start()

  return {
    child: () => child,
    restarts: () => total,
    stop: async (timeoutMs = 10_000) => {
      stopping = true
      clearTimeout(timer)
      const last = child
      if (!running(last)) return
      const exited = new Promise((resolve) => last.once('exit', resolve))
      last.kill('SIGTERM')
      const force = setTimeout(() => last.kill('SIGKILL'), timeoutMs)
      await exited
      clearTimeout(force)
    },
  }
}

function formatDuration(ms: number) {
  return ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`
}
