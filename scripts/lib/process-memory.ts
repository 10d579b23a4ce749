import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// Memory and CPU time of running processes, read from Linux's /proc (the soak test, the cluster
// demo, bench:pages).

function parentOf(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces and brackets; the parent id follows the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

export function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((candidate) => parentOf(candidate) === pid)
}

/**
 * The process doing the work under launchers: `npm run serve` is npm → sh → tsx → node; the
 * last, deepest one is the server itself.
 */
export function innermostProcess(pid: number): number {
  let current = pid
  for (;;) {
    const children = childrenOf(current)
    if (children.length === 0) return current
    current = children[children.length - 1]!
  }
}

function statusField(pid: number, field: 'VmRSS'): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
    return line ? Number(line[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Resident memory in bytes (0 when the process is gone). */
export function rssOf(pid: number): number {
  return statusField(pid, 'VmRSS')
}

/** Proportional set size: resident memory with each shared page split among its sharers. */
export function pssOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)
    return line ? Number(line[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/**
 * A PostgreSQL server's memory: the postmaster and every backend. Summing their RSS would count
 * shared buffers once per backend, so this sums PSS, which counts each shared page once.
 */
export function postgresMemory(postmasterPid: number) {
  const pids = [postmasterPid, ...childrenOf(postmasterPid)]
  return { processes: pids.length, pss: pids.reduce((sum, pid) => sum + pssOf(pid), 0) }
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

/** The postmaster's process id, from its data folder (0 when none runs there). */
export function postmasterPidOf(pgData: string) {
  const file = path.join(pgData, 'postmaster.pid')
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : 0
}

/** CPU time (user + system) a process has used so far, in milliseconds (Linux's clock ticks are 10 ms). */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}
