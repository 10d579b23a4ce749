import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { migrate } from '@/lib/db/migrate'
import { SKIP_BUILD_CHECK } from './build-freshness'

// A throw-away production site for the end-to-end tests and the benchmarks: its own embedded
// PostgreSQL seeded with the demo content, its own build directory (pages prerendered at build
// time hold that database's content), and `next start` on the given port.

type Options = {
  name: string
  port: number
  pgPort: number
  log?: (line: string) => void
  extraEnv?: Record<string, string>
  /** Where the server's and the worker's output (stdout and stderr) is kept, for the end-to-end privacy scan. */
  logFile?: string
  /** Serve the build already in the folder, if there is one, instead of building (a benchmark re-run). */
  reuseBuild?: boolean
}

export type ServedSite = {
  url: string
  databaseUrl: string
  env: Record<string, string>
  /** The web server's and the worker's Node processes, and PostgreSQL's data folder (for memory readings). */
  processes: { web: number; worker: number; pgData: string }
  stop: () => Promise<void>
}

/**
 * Runs a Node program quietly, keeping its output to show if it fails. Servers get their own
 * session: with Linux's scheduler autogroups, a load generator in the same session would
 * otherwise share one CPU slice with the server it measures.
 */
function runNode(args: string[], env: NodeJS.ProcessEnv, ownSession = false, logFd?: number): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, args, {
    // Long-running servers' chatter is dropped (or kept in the log file); their errors still reach stderr.
    stdio: ['ignore', ownSession ? (logFd ?? 'ignore') : 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    detached: ownSession,
  })
  if (ownSession) process.once('exit', () => child.kill('SIGTERM'))
  const chunks: Buffer[] = []
  child.stdout?.on('data', (c: Buffer) => chunks.push(c))
  child.stderr?.on('data', (c: Buffer) => chunks.push(c))
  return Object.assign(child, { output: () => Buffer.concat(chunks).toString() })
}

const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)))

export async function serveProduction({ name, port, pgPort, log = console.log, extraEnv = {}, logFile, reuseBuild = false }: Options): Promise<ServedSite> {
  const dataDir = path.resolve('.data', name)
  rmSync(dataDir, { recursive: true, force: true })
  log(`[${name}] starting a fresh embedded PostgreSQL …`)
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: pgPort })
  await migrate(database.url)
  process.env.DATABASE_URL = database.url
  const { db } = await import('@/lib/db/client')
  const { seedDemoContent } = await import('../../prisma/seed')
  await seedDemoContent(db)

  const env = {
    DATABASE_URL: database.url,
    PORT: String(port),
    PLACARD_DIST_DIR: `.next-${name}`,
    PLACARD_DATA_DIR: path.join(dataDir, 'site'),
    PLACARD_SECRET: process.env.PLACARD_SECRET ?? randomBytes(32).toString('hex'),
    SITE_URL: `http://127.0.0.1:${port}`,
    NODE_ENV: 'production' as const,
    // A throw-away site: an operator's .env (real SMTP, a real database) is none of its business.
    PLACARD_ENV_FILE: '',
    ...extraEnv,
  }
  const reuse = reuseBuild && existsSync(path.join(env.PLACARD_DIST_DIR, 'BUILD_ID'))
  log(reuse ? `[${name}] serving the build already in ${env.PLACARD_DIST_DIR} (its sources are not checked)` : `[${name}] building the production site …`)
  const build = reuse ? null : runNode(['node_modules/next/dist/bin/next', 'build'], env)
  if (build && (await exited(build)) !== 0) {
    await database.stop()
    throw new Error(`[${name}] next build failed:\n${build.output()}`)
  }
  // SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the server under load.
  const serverArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const logFd = logFile ? openLog(logFile) : undefined
  const passOn = (c: Buffer) => {
    process.stderr.write(c)
    if (logFd !== undefined) writeSync(logFd, c)
  }
  const server = runNode([...serverArgs, '--import', 'tsx', 'scripts/serve.ts', SKIP_BUILD_CHECK], env, true, logFd)
  server.stderr?.on('data', passOn)
  const worker = runNode(['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], env, true, logFd)
  worker.stderr?.on('data', passOn)
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(url, server)
  log(`[${name}] serving ${url}`)
  // Stopped once, however many signals ask (a second close of the log file would throw EBADF).
  let stopping: Promise<void> | undefined
  const stop = async () => {
    server.kill('SIGTERM')
    worker.kill('SIGTERM')
    await Promise.all([exited(server), exited(worker)])
    if (logFd !== undefined) closeSync(logFd)
    await db.$disconnect()
    await database.stop()
  }
  return {
    url,
    databaseUrl: database.url,
    env,
    processes: { web: server.pid!, worker: worker.pid!, pgData: path.join(dataDir, 'postgres') },
    stop: () => (stopping ??= stop()),
  }
}

function openLog(file: string): number {
  mkdirSync(path.dirname(file), { recursive: true })
  return openSync(file, 'a')
}

async function waitForHttp(url: string, server: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error('next start exited early')
    try {
      const response = await fetch(`${url}/robots.txt`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} did not answer within a minute`)
}
