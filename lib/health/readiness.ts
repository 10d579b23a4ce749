import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { readMigrations } from '@/lib/db/migrate'
import { parseEnv } from '@/lib/env'

// What /api/ready reports: can this instance serve? A load balancer asks every second, so it
// costs one small query on a connection of its own (never one the sign endpoint is waiting
// for), answers within TIMEOUT_MS whatever the database does, and reads the migration folders
// and the build id once per process.

export const TIMEOUT_MS = 1_000

/** A check that could not run because an earlier one failed is `skipped`, not failed itself. */
type Check = { ok: true; [detail: string]: unknown } | { ok: false; reason: string; skipped?: true }
export type Readiness = {
  ready: boolean
  checks: { database: Check; migrations: Check }
  build: string | null
}

let expected: Promise<string[]> | null = null
/** The migrations this code expects, read once (they cannot change under a running process). */
function expectedMigrations(): Promise<string[]> {
  expected ??= readMigrations().then((list) => list.map((m) => m.name))
  expected.catch(() => (expected = null))
  return expected
}

const builds = new Map<string, string | null>()
/** The build id of the build this process serves (null in `next dev`, which has none). */
export function buildId(distDir = parseEnv().PLACARD_DIST_DIR): string | null {
  if (!builds.has(distDir)) {
    let id: string | null = null
    try {
      id = readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim()
    } catch {
      // No production build.
    }
    builds.set(distDir, id)
  }
  return builds.get(distDir)!
}

let probe: { url: string; pool: pg.Pool } | null = null
function probePool(url: string): pg.Pool {
  if (probe?.url !== url) {
    void probe?.pool.end().catch(() => {})
    const pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: TIMEOUT_MS,
      query_timeout: TIMEOUT_MS,
      idleTimeoutMillis: 60_000,
      allowExitOnIdle: true,
    })
    pool.on('error', () => {}) // a dropped idle connection is replaced on the next check
    probe = { url, pool }
  }
  return probe.pool
}

/** Why the database could not be asked, in words that name no host, user or password. */
function databaseProblem(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : ''
  if (/timeout|timed out/i.test(message)) return `the database did not answer within ${TIMEOUT_MS} ms`
  if (code === 'ECONNREFUSED') return 'the database refused the connection (is it running?)'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the database’s host name could not be resolved'
  if (code === '28P01' || code === '28000') return 'the database refused the credentials in DATABASE_URL'
  if (code === '3D000') return 'the database named in DATABASE_URL does not exist'
  if (code === '57P03') return 'the database is starting up or shutting down'
  return `the database could not be reached${code ? ` (${code})` : ''}`
}

const UNCHECKED: Check = { ok: false, skipped: true, reason: 'not checked without the database' }
const APPLIED_SQL = `SELECT migration_name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`

export async function checkReadiness(): Promise<Readiness> {
  const build = buildId()
  const url = parseEnv().DATABASE_URL
  if (!url) {
    return { ready: false, checks: { database: { ok: false, reason: 'DATABASE_URL is not set' }, migrations: UNCHECKED }, build }
  }
  const started = performance.now()
  let rows: { migration_name: string; finished: boolean }[]
  try {
    rows = (await probePool(url).query<{ migration_name: string; finished: boolean }>(APPLIED_SQL)).rows
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') {
      const database: Check = { ok: true, ms: Math.round(performance.now() - started) }
      return { ready: false, checks: { database, migrations: { ok: false, reason: 'no migration has been applied (run npm run db:migrate)' } }, build }
    }
    const reason = databaseProblem(error)
    return { ready: false, checks: { database: { ok: false, reason }, migrations: UNCHECKED }, build }
  }
  const database: Check = { ok: true, ms: Math.round(performance.now() - started) }
  const migrations = compare(await expectedMigrations(), rows)
  return { ready: migrations.ok, checks: { database, migrations }, build }
}

function compare(wanted: string[], rows: { migration_name: string; finished: boolean }[]): Check {
  const failed = rows.find((r) => !r.finished)
  if (failed) return { ok: false, reason: `migration ${failed.migration_name} failed and was left half-applied` }
  const applied = new Set(rows.map((r) => r.migration_name))
  const pending = wanted.filter((name) => !applied.has(name))
  if (pending.length > 0) {
    return {
      ok: false,
      reason: `${pending.length} migration${pending.length === 1 ? ' is' : 's are'} not applied (run npm run db:migrate): ${pending.join(', ')}`,
    }
  }
  return { ok: true, applied: wanted.length }
}
