import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

// `npm start` as an operator runs it, for the tests and the benchmark that kill parts of it
// (tests/integration/operator-restarts-a-crashed-site.test.ts, npm run bench:kill): its own
// embedded PostgreSQL and data folder, one build folder and secret shared by both (so the
// build is made once and reused while the sources are unchanged), its output kept.

export const SUPERVISED_DIST_DIR = '.next-supervised'
/** A throw-away site's secret: fixed, so its build (whose server-actions key derives from it) is reused. */
export const SUPERVISED_SECRET = 'supervised-site-secret-for-tests-and-benchmarks-0123456789'

export type StartedPlacard = ChildProcess & { output: () => string; url: string; dataDir: string }

export function startPlacard(options: { name: string; port: number; pgPort: number; fresh?: boolean; extraEnv?: Record<string, string> }): StartedPlacard {
  const dataDir = path.resolve('.data', options.name)
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  // Its own embedded database, whatever database the caller has.
  const { DATABASE_URL: _theirs, ...inherited } = process.env
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...inherited,
      PORT: String(options.port),
      EMBEDDED_PG_PORT: String(options.pgPort),
      PLACARD_DATA_DIR: dataDir,
      PLACARD_DIST_DIR: SUPERVISED_DIST_DIR,
      PLACARD_SECRET: SUPERVISED_SECRET,
      LOG_FORMAT: 'json',
      // A throw-away site: an operator's .env is none of its business.
      PLACARD_ENV_FILE: '',
      ...options.extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const chunks: Buffer[] = []
  child.stdout!.on('data', (c: Buffer) => chunks.push(c))
  child.stderr!.on('data', (c: Buffer) => chunks.push(c))
  return Object.assign(child, { output: () => Buffer.concat(chunks).toString(), url: `http://127.0.0.1:${options.port}`, dataDir })
}

export async function statusOf(url: string): Promise<number | null> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).status
  } catch {
    return null
  }
}

/** Waits until `url` answers `status`; fails early when `owner` exits. */
export async function waitForStatus(url: string, status: number, withinMs: number, owner?: ChildProcess) {
  const until = Date.now() + withinMs
  while (Date.now() < until) {
    if (owner && owner.exitCode !== null) throw new Error(`the process that serves ${url} exited (code ${owner.exitCode})`)
    if ((await statusOf(url)) === status) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer ${status} within ${withinMs / 1000} s`)
}

/** The process id of `parent`'s child running `script` (Linux: read from /proc). */
export function childRunning(parent: number, script: string): number | null {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1])
      if (ppid === parent && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(script)) return Number(entry)
    } catch {
      // Gone meanwhile.
    }
  }
  return null
}

export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()))
