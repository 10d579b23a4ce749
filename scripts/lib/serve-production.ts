import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { migrate } from '@/lib/db/migrate'

// A throw-away production site for the end-to-end tests and the benchmarks: its own embedded
// PostgreSQL seeded with the demo content, its own build directory (pages prerendered at build
// time hold that database's content), and `next start` on the given port.

type Options = { name: string; port: number; pgPort: number; log?: (line: string) => void }

export type ServedSite = { url: string; databaseUrl: string; stop: () => Promise<void> }

function runNext(args: string[], env: NodeJS.ProcessEnv, quiet: boolean): ChildProcess {
  return spawn(process.execPath, ['node_modules/next/dist/bin/next', ...args], {
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, ...env },
  })
}

const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)))

export async function serveProduction({ name, port, pgPort, log = console.log }: Options): Promise<ServedSite> {
  const dataDir = path.resolve('.data', name)
  rmSync(dataDir, { recursive: true, force: true })
  log(`[${name}] starting a fresh embedded PostgreSQL …`)
  const database = await startEmbeddedPostgres({ dataDir, port: pgPort })
  await migrate(database.url)
  process.env.DATABASE_URL = database.url
  const { db } = await import('@/lib/db')
  const { seedDemoContent } = await import('../../prisma/seed')
  await seedDemoContent(db)

  const env = { DATABASE_URL: database.url, PORT: String(port), PLACARD_DIST_DIR: `.next-${name}`, NODE_ENV: 'production' as const }
  log(`[${name}] building the production site …`)
  if ((await exited(runNext(['build'], env, true))) !== 0) {
    await database.stop()
    throw new Error(`[${name}] next build failed`)
  }
  const server = runNext(['start', '--port', String(port)], env, true)
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(url, server)
  log(`[${name}] serving ${url}`)
  return {
    url,
    databaseUrl: database.url,
    stop: async () => {
      server.kill('SIGTERM')
      await exited(server)
      await db.$disconnect()
      await database.stop()
    },
  }
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
