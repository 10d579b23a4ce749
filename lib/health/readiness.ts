import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { readMigrations } from '@/lib/db/migrate'
import { parseEnv } from '@/lib/env'
import { HEARTBEAT_AGE_SQL, RECENT_SECONDS } from '@/lib/jobs/heartbeat'

// What /api/ready reports: can this instance serve, and is a background worker alive? A load
// balancer asks every second (several balancers, several times a second), so the answer is
// kept for CACHE_MS in this process; working it out costs two small queries on a connection of
// its own (never one the sign endpoint is waiting for), answers within TIMEOUT_MS whatever the
// database does, and reads the migration folders and the build id once per process.

export const TIMEOUT_MS = 1_000
export const CACHE_MS = 1_000

/** A check that could not run because an earlier one failed is `skipped`, not failed itself. */
type Check = { ok: true; [detail: string]: unknown } | { ok: false; reason: string; skipped?: true }
export type Readiness = {
  ready: boolean
  checks: { database: Check; migrations: Check; worker: Check }
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

let answered: { key: string; at: number; readiness: Promise<Readiness> } | null = null

/** The readiness worked out at most CACHE_MS ago (for the same settings), or now. */
export function checkReadiness(): Promise<Readiness> {
  const { DATABASE_URL, READY_REQUIRES_WORKER } = parseEnv()
  const key = `${DATABASE_URL} ${READY_REQUIRES_WORKER}`
  const now = performance.now()
  if (answered?.key !== key || now - answered.at > CACHE_MS) {
    answered = { key, at: now, readiness: workOutReadiness(DATABASE_URL, READY_REQUIRES_WORKER) }
  }
  return answered.readiness
}

async function workOutReadiness(url: string | undefined, requiresWorker: boolean): Promise<Readiness> {
  const build = buildId()
  if (!url) {
    const checks = { database: { ok: false, reason: 'DATABASE_URL is not set' }, migrations: UNCHECKED, worker: UNCHECKED } as const
    return { ready: false, checks, build }
  }
  const started = performance.now()
  let rows: { migration_name: string; finished: boolean }[]
  try {
    rows = (await probePool(url).query<{ migration_name: string; finished: boolean }>(APPLIED_SQL)).rows
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') {
      const database: Check = { ok: true, ms: Math.round(performance.now() - started) }
      const migrations: Check = { ok: false, reason: 'no migration has been applied (run npm run db:migrate)' }
      return { ready: false, checks: { database, migrations, worker: UNCHECKED_WORKER }, build }
    }
    const reason = databaseProblem(error)
    return { ready: false, checks: { database: { ok: false, reason }, migrations: UNCHECKED, worker: UNCHECKED }, build }
  }
  const database: Check = { ok: true, ms: Math.round(performance.now() - started) }
  const migrations = compare(await expectedMigrations(), rows)
  const worker = !requiresWorker ? NOT_REQUIRED : migrations.ok ? await checkWorker(url) : UNCHECKED_WORKER
  return { ready: migrations.ok && worker.ok, checks: { database, migrations, worker }, build }
}

const NOT_REQUIRED: Check = { ok: true, required: false }
const UNCHECKED_WORKER: Check = { ok: false, skipped: true, reason: 'not checked before the migrations are applied' }

/** Is a background worker alive: did any beat within RECENT_SECONDS (lib/jobs/heartbeat.ts)? */
async function checkWorker(url: string): Promise<Check> {
  try {
    const { rows } = await probePool(url).query<{ age: number | null }>(HEARTBEAT_AGE_SQL)
    const age = rows[0]?.age ?? null
    if (age === null) return { ok: false, reason: 'no background worker has ever run on this database (start one: npm run worker)' }
    const seconds = Math.max(0, Math.round(age))
    if (age > RECENT_SECONDS) {
      return {
        ok: false,
        reason: `no background worker has beaten for ${seconds} s (more than ${RECENT_SECONDS} s): emails are not being sent; is npm run worker running?`,
      }
    }
    return { ok: true, lastBeatSecondsAgo: seconds }
  } catch (error) {
    return { ok: false, reason: databaseProblem(error) }
  }
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
