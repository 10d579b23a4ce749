import net from 'node:net'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import pg from 'pg'
import { GET as health } from '@/app/api/health/route'
import { GET as ready } from '@/app/api/ready/route'
import { migrate, readMigrations } from '@/lib/db/migrate'
import { CACHE_MS } from '@/lib/health/readiness'
import { recordHeartbeat, RECENT_SECONDS } from '@/lib/jobs/heartbeat'
import { createScratchDatabase } from '../support/scratch-database'

// A load balancer polls /api/health (is the process up?) and /api/ready (may it send this
// instance traffic?) every second. Ready means the real database answers, holds every
// migration this code expects and has heard a background worker's heartbeat within 30 s;
// otherwise 503 says which check failed and why, quickly, in words that name no host or
// password and carry no stack trace. The answer is kept for a second in the process.

const suiteUrl = process.env.DATABASE_URL!
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
let blackhole: net.Server
let blackholePort = 0

beforeAll(async () => {
  scratch = await createScratchDatabase('placard_ready_check')
  await migrate(scratch.url)
  await beat(scratch.url, 'now()')
  // The suite's own database: a worker beat just now.
  await recordHeartbeat('suite-worker')
  // Accepts connections and never says a word: a database behind a dead network path.
  blackhole = net.createServer(() => {})
  await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve))
  blackholePort = (blackhole.address() as net.AddressInfo).port
})

afterEach(() => {
  process.env.DATABASE_URL = suiteUrl
  delete process.env.READY_REQUIRES_WORKER
})

/** A worker's heartbeat at `at` (SQL) in the database at `url`, as if one ran there. */
async function beat(url: string, at: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query('DELETE FROM worker_heartbeats')
  await client.query(`INSERT INTO worker_heartbeats (worker_id, beat_at) VALUES ('test-worker', ${at})`)
  await client.end()
}

const settle = () => new Promise((resolve) => setTimeout(resolve, CACHE_MS + 50))

afterAll(async () => {
  process.env.DATABASE_URL = suiteUrl
  await ready() // lets the probe drop its connection to the scratch database
  await scratch.drop()
  blackhole.close()
})

async function askReady() {
  const started = performance.now()
  const response = await ready()
  const text = await response.text()
  return { status: response.status, cacheControl: response.headers.get('cache-control'), text, body: JSON.parse(text), ms: performance.now() - started }
}

function expectNoLeak(text: string) {
  expect(text).not.toMatch(/\n\s+at |Error:|postgres(ql)?:\/\/|127\.0\.0\.1|password/)
}

it('health answers 200 {"status":"ok"}, uncached, without asking the database', async () => {
  process.env.DATABASE_URL = 'postgresql://placard:pw@127.0.0.1:1/placard'
  const response = health()
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(await response.json()).toEqual({ status: 'ok' })
})

it('ready answers 200 with what it checked when the database holds every migration', async () => {
  const answer = await askReady()
  expect(answer.status, answer.text).toBe(200)
  expect(answer.cacheControl).toBe('no-store')
  const migrations = await readMigrations()
  expect(answer.body).toMatchObject({
    status: 'ready',
    checks: { database: { ok: true }, migrations: { ok: true, applied: migrations.length }, worker: { ok: true } },
  })
  expect(answer.body).toHaveProperty('build')
})

it('ready is cheap enough to poll every second', async () => {
  await askReady()
  const started = performance.now()
  for (let i = 0; i < 200; i++) expect((await ready()).status).toBe(200)
  const each = (performance.now() - started) / 200
  console.log(`/api/ready: ${each.toFixed(2)} ms per check over 200 checks`)
  expect(each).toBeLessThan(20)
})

it('ready answers 503 naming a migration the database lacks', async () => {
  const migrations = await readMigrations()
  const last = migrations.at(-1)!.name
  const client = new pg.Client({ connectionString: scratch.url })
  await client.connect()
  const { rows } = await client.query('DELETE FROM "_prisma_migrations" WHERE migration_name = $1 RETURNING *', [last])
  process.env.DATABASE_URL = scratch.url
  const answer = await askReady()
  expect(answer.status, answer.text).toBe(503)
  expect(answer.cacheControl).toBe('no-store')
  expect(answer.body.failed).toEqual(['migrations'])
  expect(answer.body.checks.database.ok).toBe(true)
  expect(answer.body.checks.migrations.reason).toBe(`1 migration is not applied (run npm run db:migrate): ${last}`)
  expectNoLeak(answer.text)

  // Once it is recorded as applied again, the instance is ready again.
  const row = rows[0] as Record<string, unknown>
  await client.query(
    `INSERT INTO "_prisma_migrations" (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((_, i) => `$${i + 1}`)})`,
    Object.values(row),
  )
  await client.end()
  // Within the second the answer is kept, the 503 stands; then the instance is ready again.
  expect((await askReady()).status).toBe(503)
  await settle()
  expect((await askReady()).status).toBe(200)
})

it('ready answers 503 naming the worker when no worker beat for longer than 30 s, and 200 as soon as one does', async () => {
  process.env.DATABASE_URL = scratch.url
  await beat(scratch.url, `now() - interval '${RECENT_SECONDS + 5} seconds'`)
  await settle()
  const answer = await askReady()
  expect(answer.status, answer.text).toBe(503)
  expect(answer.body.failed).toEqual(['worker'])
  expect(answer.body.checks.worker.reason).toMatch(
    /^no background worker has beaten for 3[5-7] s \(more than 30 s\): emails are not being sent; is npm run worker running\?$/,
  )
  expectNoLeak(answer.text)

  await beat(scratch.url, 'now()')
  await settle()
  const again = await askReady()
  expect(again.status, again.text).toBe(200)
  expect(again.body.checks.worker).toMatchObject({ ok: true, lastBeatSecondsAgo: expect.any(Number) })
  expect(again.body.checks.worker.lastBeatSecondsAgo).toBeLessThanOrEqual(2)
})

it('ready names the worker when none ever ran, and a deployment without a worker on purpose says so', async () => {
  process.env.DATABASE_URL = scratch.url
  const client = new pg.Client({ connectionString: scratch.url })
  await client.connect()
  await client.query('DELETE FROM worker_heartbeats')
  await client.end()
  await settle()
  const answer = await askReady()
  expect(answer.status).toBe(503)
  expect(answer.body.checks.worker.reason).toMatch(/no background worker has ever run on this database \(start one: npm run worker\)/)

  process.env.READY_REQUIRES_WORKER = 'false'
  const without = await askReady()
  expect(without.status, without.text).toBe(200)
  expect(without.body.checks.worker).toEqual({ ok: true, required: false })
  await beat(scratch.url, 'now()')
})

it('a second of polling from many balancers costs the database one check', async () => {
  process.env.DATABASE_URL = scratch.url
  await settle()
  const counted = new pg.Client({ connectionString: scratch.url })
  await counted.connect()
  const before = (await counted.query(`SELECT seq_scan + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'worker_heartbeats'`)).rows[0].n
  const answers = await Promise.all(Array.from({ length: 50 }, () => ready()))
  expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200))
  // Statistics reach the view after the backend reports them (at most once a second, or at idle).
  await new Promise((resolve) => setTimeout(resolve, 1_200))
  await counted.query('SELECT pg_stat_clear_snapshot()')
  const after = (await counted.query(`SELECT seq_scan + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'worker_heartbeats'`)).rows[0].n
  await counted.end()
  expect(Number(after) - Number(before)).toBe(1)
})

it('ready answers 503 at once when the database refuses connections', async () => {
  process.env.DATABASE_URL = 'postgresql://placard:topsecret@127.0.0.1:1/placard'
  const answer = await askReady()
  expect(answer.status).toBe(503)
  expect(answer.body.failed).toEqual(['database'])
  expect(answer.body.checks.database.reason).toMatch(/refused the connection/)
  expect(answer.ms).toBeLessThan(1_000)
  expectNoLeak(answer.text)
})

it('ready answers 503 within about a second when the database never answers', async () => {
  process.env.DATABASE_URL = `postgresql://placard:topsecret@127.0.0.1:${blackholePort}/placard`
  const answer = await askReady()
  expect(answer.status).toBe(503)
  expect(answer.body.failed).toEqual(['database'])
  expect(answer.body.checks.database.reason).toBe('the database did not answer within 1000 ms')
  expect(answer.ms).toBeLessThan(1_500)
  expectNoLeak(answer.text)
})

it('ready answers 503 when no migration was ever applied', async () => {
  const empty = await createScratchDatabase('placard_ready_empty')
  try {
    process.env.DATABASE_URL = empty.url
    const answer = await askReady()
    expect(answer.status).toBe(503)
    expect(answer.body.failed).toEqual(['migrations'])
    expect(answer.body.checks.migrations.reason).toMatch(/no migration has been applied/)
  } finally {
    process.env.DATABASE_URL = suiteUrl
    await ready()
    await empty.drop()
  }
})
