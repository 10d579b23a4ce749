import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// One `npm start` per data directory: a second one would try to run a second PostgreSQL on the
// same files. The lock records who holds it so the second start can say so clearly.

export type LockInfo = { pid: number; port: number; databaseUrl: string; embedded: boolean }

export function lockPath(dataDir: string) {
  return path.resolve(dataDir, 'placard.lock')
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The running instance's lock, or null when none runs (a stale lock left by a crash is ignored). */
export function readLiveLock(dataDir: string): LockInfo | null {
  const file = lockPath(dataDir)
  if (!existsSync(file)) return null
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo
    return isAlive(info.pid) && info.pid !== process.pid ? info : null
  } catch {
    return null
  }
}

/** A lock left by an instance that is no longer running (killed, crashed), or null. */
export function readStaleLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockInfo
    return isAlive(info.pid) ? null : info
  } catch {
    return null
  }
}

export function writeLock(dataDir: string, info: LockInfo) {
  writeFileSync(lockPath(dataDir), JSON.stringify(info), { mode: 0o600 })
}

export function releaseLock(dataDir: string) {
  const file = lockPath(dataDir)
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo
    if (info.pid === process.pid) rmSync(file)
  } catch {
    // Already gone.
  }
}
