// npm run bench:kill — the web server is killed (SIGKILL) in the middle of a signing storm
// against `npm start`, and must come back by itself. Prints when it died, when it answered
// again, what clients were told meanwhile, and checks that every signature answered "accepted"
// is stored exactly once and that the clients' retries (a signer whose request failed signs
// again, as a person would) never stored anyone twice.
//
// As for bench:sign, the proof-of-work difficulty is lowered (ALTCHA_MAX_NUMBER=100) and
// X-Forwarded-For is trusted so each signer comes from its own address. The build is kept in
// .next-supervised and reused while the sources are unchanged.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { CURRENT_CONSENT_VERSION } from '@/lib/validation/signature'
import { solvedProof } from './lib/signing-load'
import { childRunning, exited, startPlacard, statusOf, SUPERVISED_SECRET, waitForStatus } from './lib/supervised-site'

const PORT = Number(process.env.BENCH_PORT ?? 3301)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5495)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

console.log(`[bench] npm start on port ${PORT} (the first run builds the site, which takes minutes) …`)
const start = startPlacard({ name: 'bench-kill', port: PORT, pgPort: PG_PORT, fresh: true, extraEnv: { ALTCHA_MAX_NUMBER: '100', TRUST_PROXY: 'true' } })
const url = start.url
const answers = (route: string) => statusOf(`${url}${route}`)
const waitFor = (route: string, status: number, withinMs: number) => waitForStatus(`${url}${route}`, status, withinMs, start)

/** The web server npm start runs (its child running scripts/serve.ts). */
function webServerPid(): number {
  const pid = childRunning(start.pid!, 'scripts/serve.ts')
  if (!pid) throw new Error('no web server process found under npm start')
  return pid
}

try {
  await waitFor('/api/ready', 200, 20 * 60_000)
  const lock = JSON.parse(readFileSync(path.join(start.dataDir, 'placard.lock'), 'utf8')) as { databaseUrl: string }
  process.env.PLACARD_SECRET = SUPERVISED_SECRET
  process.env.ALTCHA_MAX_NUMBER = '100'
  const db = new pg.Client({ connectionString: lock.databaseUrl })
  await db.connect()
  const slug = 'bench-kill'
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
     VALUES (gen_random_uuid(), $1, 'Benchmark kill', 'x', '<p>x</p>', 'x', 1000, 'open', now()) RETURNING id`,
    [slug],
  )
  const petitionId = rows[0]!.id

  const emailOf = (i: number) => `kill.signer.${i}@example.org`
  const accepted = new Set<string>()
  const firstTries = new Map<string, number>()
  const retries = new Map<string, number>()
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  let killedAt = 0
  let backAt = 0
  let next = 0
  const end = Date.now() + SECONDS * 1000

  /** One signer: signs, and while the answer is an error (no answer, 5xx), waits and signs again. */
  async function signer(i: number) {
    for (let attempt = 0; ; attempt++) {
      let outcome: string
      try {
        const response = await fetch(`${url}/api/petitions/${slug}/signatures`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
          body: JSON.stringify({
            fullName: `Signer ${i} Kill`,
            email: emailOf(i),
            country: 'GB',
            showName: false,
            consentVersion: CURRENT_CONSENT_VERSION,
            altcha: await solvedProof(),
          }),
          signal: AbortSignal.timeout(10_000),
        })
        outcome = response.status === 200 ? ((await response.json()) as { outcome: string }).outcome : `HTTP ${response.status}`
      } catch (error) {
        outcome = `no answer (${((error as Error).cause as { code?: string } | undefined)?.code ?? (error as Error).name})`
      }
      count(attempt === 0 ? firstTries : retries, outcome)
      if (outcome === 'accepted') accepted.add(emailOf(i))
      if (outcome === 'accepted' || outcome === 'already-signed' || !(outcome.startsWith('no answer') || outcome.startsWith('HTTP 5'))) return
      await sleep(250)
    }
  }

  console.log(`[bench] signing for ${SECONDS} s with ${CONNECTIONS} concurrent signers; the web server is killed after ${Math.round(SECONDS / 3)} s …`)
  const killer = (async () => {
    await sleep((SECONDS / 3) * 1000)
    const pid = webServerPid()
    process.kill(pid, 'SIGKILL')
    killedAt = Date.now()
    console.log(`[bench] SIGKILL sent to the web server (process ${pid})`)
    await waitFor('/api/health', 200, 60_000)
    backAt = Date.now()
    console.log(`[bench] the web server answers /api/health again, ${((backAt - killedAt) / 1000).toFixed(1)} s after the kill`)
  })()
  const started = Date.now()
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) await signer(next++)
    }),
  )
  await killer
  const seconds = (Date.now() - started) / 1000

  const { rows: stored } = await db.query<{ email: string; n: number }>(
    'SELECT email, count(*)::int AS n FROM signatures WHERE petition_id = $1 GROUP BY email',
    [petitionId],
  )
  const storedCount = new Map(stored.map((r) => [r.email, r.n]))
  const lost = [...accepted].filter((email) => !storedCount.has(email)).length
  const twice = stored.filter((r) => r.n > 1).length
  const retriedSigners = [...retries.values()].reduce((a, b) => a + b, 0)
  const restartLine = start
    .output()
    .split('\n')
    .find((line) => line.includes('restarting it in'))
  const ready = await answers('/api/ready')
  await db.end()

  console.log(`
bench:kill — npm start, ${CONNECTIONS} concurrent signers for ${seconds.toFixed(0)} s, web server SIGKILLed at ${((killedAt - started) / 1000).toFixed(1)} s

signers                                        ${next}
answers to first tries                         ${JSON.stringify(Object.fromEntries(firstTries))}
answers to retries (after an error)            ${JSON.stringify(Object.fromEntries(retries))} (${retriedSigners} retries)
web server down (kill to /api/health 200)      ${((backAt - killedAt) / 1000).toFixed(1)} s
supervisor's line                              ${restartLine ? JSON.parse(restartLine).msg : '(none found)'}
/api/ready after the run                       ${ready}
answered "accepted"                            ${accepted.size}
signature rows stored                          ${stored.length} people, ${stored.reduce((a, r) => a + r.n, 0)} rows
accepted but not stored                        ${lost}
stored more than once                          ${twice}
`)
  const checks = [
    ['the web server came back by itself', backAt > killedAt && killedAt > 0],
    ['npm start said so in one line', Boolean(restartLine)],
    ['every signature answered "accepted" is stored', lost === 0],
    ['nobody is stored twice, retries included', twice === 0],
    ['ready again after the run', ready === 200],
  ] as const
  for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`)
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1
} catch (error) {
  console.error(`npm start's last lines:\n${start.output().split('\n').slice(-30).join('\n')}`)
  throw error
} finally {
  start.kill('SIGTERM')
  await exited(start)
  const lockLeft = existsSync(path.join(start.dataDir, 'placard.lock'))
  console.log(`[bench] npm start stopped (exit code ${start.exitCode}); lock file ${lockLeft ? 'LEFT BEHIND' : 'removed'}`)
  if (lockLeft) process.exitCode = 1
}
