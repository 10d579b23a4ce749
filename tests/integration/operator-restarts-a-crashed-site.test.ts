import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { hashIp } from '@/lib/http/client-ip'
import { CURRENT_CONSENT_VERSION } from '@/lib/validation/signature'
import { solvedProof } from '../support/signing'
import {
  childRunning,
  exited,
  startPlacard,
  statusOf,
  SUPERVISED_DIST_DIR,
  SUPERVISED_SECRET,
  waitForStatus,
  type StartedPlacard,
} from '../../scripts/lib/supervised-site'

// An operator's `npm start` heals itself: a web server killed with SIGKILL comes back and
// answers again; an `npm start` killed with SIGKILL leaves its PostgreSQL running, and the
// next start stops it and carries on; SIGTERM stops everything and leaves no lock. All real:
// the production build, the embedded PostgreSQL, the processes. The same build serves a bare
// `next start`, which must not believe a client's own x-placard-client-ip header.

const base = Number(process.env.TEST_PG_PORT ?? 5496)
const port = base - 2273
const pgPort = base + 127
const nextStartPort = port + 1
const name = 'start-supervision-test'
const MINUTES = 60_000

let site: StartedPlacard
let databaseUrl = ''

function fail(why: string): never {
  throw new Error(`${why}\nnpm start said:\n${site.output().split('\n').slice(-40).join('\n')}`)
}

beforeAll(async () => {
  process.env.PLACARD_SECRET = SUPERVISED_SECRET
  site = startPlacard({ name, port, pgPort, fresh: true })
  // The first run builds the site.
  await waitForStatus(`${site.url}/api/ready`, 200, 20 * MINUTES, site).catch((e: Error) => fail(e.message))
  databaseUrl = (JSON.parse(readFileSync(path.join(site.dataDir, 'placard.lock'), 'utf8')) as { databaseUrl: string }).databaseUrl
}, 21 * MINUTES)

afterAll(async () => {
  if (site && site.exitCode === null) {
    site.kill('SIGTERM')
    await exited(site)
  }
})

it(
  'a web server killed with SIGKILL is restarted, says so in one line, and answers again',
  async () => {
    const killed = childRunning(site.pid!, 'scripts/serve.ts') ?? fail('no web server under npm start')
    process.kill(killed, 'SIGKILL')
    const started = Date.now()
    await waitForStatus(`${site.url}/api/health`, 200, 60_000, site)
    console.log(`web server back ${((Date.now() - started) / 1000).toFixed(1)} s after SIGKILL`)
    expect(childRunning(site.pid!, 'scripts/serve.ts')).not.toBe(killed)
    const lines = site
      .output()
      .split('\n')
      .filter((line) => line.includes('restarting it in'))
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'warn',
      component: 'start',
      child: 'web server',
      signal: 'SIGKILL',
      msg: expect.stringMatching(/^The web server was killed by SIGKILL after [\d.]+ m?s; restarting it in 1 s \(restart 1 of at most 5 in a row\)$/),
    })
    await waitForStatus(`${site.url}/api/ready`, 200, 30_000, site)
  },
  2 * MINUTES,
)

it('every request is one JSON line with its id, which comes back in X-Request-Id', async () => {
  const response = await fetch(`${site.url}/api/health?email=someone@example.org`, { headers: { 'x-request-id': 'lb-check-0001' } })
  expect(response.headers.get('x-request-id')).toBe('lb-check-0001')
  const spoofed = await fetch(`${site.url}/?x=1`, { headers: { 'x-request-id': 'no spaces <or> quotes"' } })
  const made = spoofed.headers.get('x-request-id')!
  expect(made).toMatch(/^[0-9a-f-]{36}$/)
  await new Promise((resolve) => setTimeout(resolve, 300))
  const line = site
    .output()
    .split('\n')
    .find((l) => l.includes(made))
  expect(JSON.parse(line!)).toMatchObject({ level: 'info', component: 'web', reqId: made, method: 'GET', route: '/', status: 200, ms: expect.any(Number) })
  expect(JSON.parse(line!).cache).toMatch(/^(hit|miss|stale)$/)
  // A health check that went well is not worth a line at the default level; nor is the query string ever logged.
  expect(site.output()).not.toContain('lb-check-0001')
  expect(site.output()).not.toContain('someone@example.org')
})

it(
  'a bare `next start` of the same build ignores a client’s own x-placard-client-ip header',
  async () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
       VALUES (gen_random_uuid(), 'next-start-forgery', 'Forgery', 'x', '<p>x</p>', 'x', 10, 'open', now()) RETURNING id`,
      )
      const nextStart = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(nextStartPort), '--hostname', '127.0.0.1'], {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PLACARD_SECRET: SUPERVISED_SECRET,
          PLACARD_DIST_DIR: SUPERVISED_DIST_DIR,
          NODE_ENV: 'production',
          PLACARD_ENV_FILE: '',
        },
        stdio: 'ignore',
      })
      try {
        const nextUrl = `http://127.0.0.1:${nextStartPort}`
        await waitForStatus(`${nextUrl}/api/health`, 200, 60_000, nextStart)
        const sign = async (url: string, email: string) => {
          const response = await fetch(`${url}/api/petitions/next-start-forgery/signatures`, {
            method: 'POST',
            // What an attacker would send to choose the address the burst limits count.
            headers: { 'content-type': 'application/json', 'x-placard-client-ip': 'guessed-token 203.0.113.9' },
            body: JSON.stringify({
              fullName: 'Forger Example',
              email,
              country: 'GB',
              showName: false,
              consentVersion: CURRENT_CONSENT_VERSION,
              altcha: await solvedProof(Date.now() - 60_000),
            }),
          })
          expect(response.status, await response.clone().text()).toBe(200)
          expect(((await response.json()) as { outcome: string }).outcome).toBe('accepted')
        }
        await sign(nextUrl, 'forger.one@example.org')
        // Through npm start's own server the connecting address counts, never the header's.
        await sign(site.url, 'forger.two@example.org')
        const stored = await client.query<{ email: string; ip_hash: string | null }>(
          'SELECT email, ip_hash FROM signatures WHERE petition_id = $1 ORDER BY email',
          [rows[0]!.id],
        )
        expect(stored.rows).toEqual([
          { email: 'forger.one@example.org', ip_hash: null },
          { email: 'forger.two@example.org', ip_hash: hashIp('127.0.0.1') },
        ])
        expect(stored.rows.map((r) => r.ip_hash)).not.toContain(hashIp('203.0.113.9'))
      } finally {
        nextStart.kill('SIGTERM')
        await exited(nextStart)
      }
    } finally {
      await client.end()
    }
  },
  2 * MINUTES,
)

it(
  'after npm start itself is killed with SIGKILL, its children stop, and the next start stops the leftover PostgreSQL and serves again',
  async () => {
    const pidFile = path.join(site.dataDir, 'postgres', 'postmaster.pid')
    const postgresPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
    site.kill('SIGKILL')
    await exited(site)
    // The web server notices its parent is gone and frees the port.
    await expect.poll(() => statusOf(`${site.url}/api/health`), { timeout: 15_000 }).toBeNull()
    expect(() => process.kill(postgresPid, 0)).not.toThrow()

    site = startPlacard({ name, port, pgPort })
    await waitForStatus(`${site.url}/api/ready`, 200, 5 * MINUTES, site).catch((e: Error) => fail(e.message))
    const said = site.output()
    expect(said).toMatch(new RegExp(`Taking over the lock of process \\d+, which is no longer running`))
    expect(said).toContain(`PostgreSQL (process ${postgresPid}, port ${pgPort}) is still running on ${path.join(site.dataDir, 'postgres')}`)
    expect(said).toContain(`The leftover PostgreSQL (process ${postgresPid}) has stopped.`)
    expect(said).not.toMatch(/undefined/)
  },
  6 * MINUTES,
)

it(
  'SIGTERM stops the web server, the worker and PostgreSQL in that order, and leaves no lock',
  async () => {
    const web = childRunning(site.pid!, 'scripts/serve.ts')
    const worker = childRunning(site.pid!, 'scripts/worker.ts')
    expect(web && worker).toBeTruthy()
    site.kill('SIGTERM')
    await exited(site)
    expect(site.exitCode).toBe(0)
    const said = site.output()
    const lines = said
      .slice(said.indexOf('{', said.lastIndexOf('\n', said.indexOf('Stopping Placard'))))
      .split('\n')
      .filter((l) => /Stopping|stopped/.test(l))
      .map((l) => (JSON.parse(l) as { msg: string }).msg)
    expect(lines).toEqual(['Stopping Placard …', 'background worker stopped', 'Stopping PostgreSQL …', 'Placard has stopped.'])
    expect(existsSync(path.join(site.dataDir, 'placard.lock'))).toBe(false)
    expect(existsSync(path.join(site.dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    for (const pid of [web!, worker!]) expect(() => process.kill(pid, 0)).toThrow()
  },
  2 * MINUTES,
)
