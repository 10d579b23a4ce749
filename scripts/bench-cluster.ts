// npm run bench:cluster — the deploy recipe (two instances, one PostgreSQL, nginx; see
// scripts/lib/cluster.ts) under signing traffic split across both instances, directly and
// through nginx; then every signature confirmed through the link in its email, half on each
// instance, and the counts compared with the rows. Then: one client over the burst limit,
// alternating between the instances; and an editor's change saved on instance 1 timed until
// instance 2 (and nginx) serve it.
//
// As in bench:sign, the proof-of-work difficulty is lowered (ALTCHA_MAX_NUMBER=100). During the
// storm the per-address burst limit is raised (an admin setting) because every signer through
// nginx comes from 127.0.0.1; it is set back to the default 5 for the burst check.
import autocannon from 'autocannon'
import pg from 'pg'
import { startCluster, stopOnSignal } from './lib/cluster'
import { openEditorOn } from './lib/browser-editor'
import { confirmLinksFor, settle, waitForJobs } from './lib/cluster-checks'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 16
const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'gmx.de', 'web.de', 'proton.me']

const cluster = await startCluster({ extraEnv: { ALTCHA_MAX_NUMBER: '100' } })
stopOnSignal(cluster)
Object.assign(process.env, { PLACARD_SECRET: cluster.env.PLACARD_SECRET, ALTCHA_MAX_NUMBER: '100', DATABASE_URL: cluster.databaseUrl })
const { signingStorm, solvedProofs } = await import('./lib/signing-load')
const { CURRENT_CONSENT_VERSION } = await import('@/lib/validation/signature')
const db = new pg.Client({ connectionString: cluster.databaseUrl })
await db.connect()
const setIpBurstLimit = (limit: number) =>
  db.query(
    `INSERT INTO site_settings (id, ip_burst_limit, domain_burst_limit, burst_window_minutes, min_fill_seconds) VALUES (1, $1, 20, 10, 3)
     ON CONFLICT (id) DO UPDATE SET ip_burst_limit = $1`,
    [limit],
  )
const [one, two] = cluster.instances as [(typeof cluster.instances)[0], (typeof cluster.instances)[0]]
const checks: [string, boolean][] = []
const lines: string[] = []

try {
  // 1. The storm: three load generators at once, on instance 1, instance 2 and nginx.
  // The cluster's database persists between runs: this run's petition and burst address are new.
  const stamp = Date.now()
  const slug = `cluster-storm-${stamp}`
  const petitionTitle = `Cluster storm ${stamp}`
  const { rows: created } = await db.query<{ id: string }>(
    `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'x', '<p>x</p>', 'x', 1000, 'open', now()) RETURNING id`,
    [slug, petitionTitle],
  )
  const petitionId = created[0]!.id
  await setIpBurstLimit(100_000)
  await new Promise((r) => setTimeout(r, 500)) // every instance hears the settings change
  const perTarget = 40_000
  console.log(`[bench] solving ${3 * perTarget} proofs-of-work …`)
  const proofs = await solvedProofs(3 * perTarget)
  const targets = [
    { name: 'instance 1', url: one.url },
    { name: 'instance 2', url: two.url },
    { name: 'nginx', url: cluster.url },
  ]
  const accepted = new Set<string>()
  const outcomes = new Map<string, number>()
  const emailOf = (i: number) => `cluster.signer.${i}@${FREE_MAIL[i % FREE_MAIL.length]}`
  console.log(`[bench] signing for ${SECONDS} s, ${CONNECTIONS} connections each on instance 1, instance 2 and nginx …`)
  const storms = await Promise.all(
    targets.map((target, t) =>
      signingStorm({
        url: target.url,
        slug,
        proofs: proofs.slice(t * perTarget, (t + 1) * perTarget),
        connections: CONNECTIONS,
        seconds: SECONDS,
        signer: (i) => ({
          fullName: `Signer ${t}-${i}`,
          email: emailOf(t * perTarget + i),
          country: 'GB',
          showName: false,
          consentVersion: CURRENT_CONSENT_VERSION,
        }),
        onAnswer: (outcome, i) => {
          const key = `${target.name}: ${outcome}`
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
          if (outcome === 'accepted') accepted.add(emailOf(t * perTarget + i))
        },
      }),
    ),
  )
  for (const [t, storm] of storms.entries()) {
    const answered = outcomes.get(`${targets[t]!.name}: accepted`) ?? 0
    lines.push(
      `signing via ${targets[t]!.name.padEnd(10)}  ${String(answered).padStart(6)} accepted (${(answered / storm.seconds).toFixed(0)}/s), p99 ${storm.result.latency.p99} ms, errors ${storm.result.errors + storm.result.timeouts}`,
    )
  }
  const otherAnswers = [...outcomes].filter(([k]) => !k.endsWith(': accepted'))
  lines.push(`other answers                ${otherAnswers.length ? JSON.stringify(Object.fromEntries(otherAnswers)) : 'none'}`)

  // 2. Every signer confirms through the link in their email: half on each instance.
  console.log('[bench] waiting for the worker to send every confirmation email …')
  if (!(await waitForJobs(db, petitionId))) throw new Error('the worker did not send every confirmation email within ten minutes')
  const links = confirmLinksFor(cluster.env.PLACARD_DATA_DIR!, petitionTitle)
  console.log(`[bench] confirming ${links.length} signatures, half through each instance …`)
  const confirmed = { n: 0 }
  await Promise.all(
    [one.url, two.url].map((url, half) => {
      const mine = links.filter((_, i) => i % 2 === half)
      let next = 0
      return autocannon({
        url,
        connections: 8,
        amount: mine.length,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: mine[next++]! }),
            onResponse: (status, _body, _context, headers) => {
              if (String((headers as Record<string, string> | undefined)?.location ?? '').endsWith('/confirmed')) confirmed.n++
            },
          },
        ],
      })
    }),
  )
  const settled = await settle(db, petitionId, [one.url, two.url, cluster.url], slug)
  const { rows: stored } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM signatures WHERE petition_id = $1 AND email = ANY($2)', [
    petitionId,
    [...accepted],
  ])
  lines.push(
    `answered "accepted"          ${accepted.size}; rows for them ${stored[0]!.n}; all rows ${settled.rows} (confirmed ${settled.confirmed}, held ${settled.held})`,
  )
  lines.push(`confirmation emails / links  ${links.length}; answered "confirmed" ${confirmed.n}`)
  lines.push(`count.json                   instance 1: ${settled.shown[0]}, instance 2: ${settled.shown[1]}, nginx: ${settled.shown[2]}`)
  checks.push(['every "accepted" signature stored (none lost)', stored[0]!.n === accepted.size])
  checks.push([
    'every stored signature emailed and confirmed',
    links.length === settled.rows && confirmed.n === settled.rows && settled.confirmed === settled.rows,
  ])
  checks.push(['the count is exact on both instances and through nginx', settled.shown.every((n) => n === settled.confirmed)])
  checks.push(['no errors', storms.every((s) => s.result.errors + s.result.timeouts === 0) && !otherAnswers.some(([k]) => k.includes('HTTP 5'))])

  // 3. One client over the burst limit, alternating between the instances.
  await setIpBurstLimit(5)
  await new Promise((r) => setTimeout(r, 500))
  const burstProofs = await solvedProofs(12)
  const { rows: burstPetition } = await db.query<{ id: string }>(`SELECT id FROM petitions WHERE slug = $1`, [slug])
  const answers: string[] = []
  const burstAddress = `198.18.${stamp % 250}.${Math.floor(stamp / 250) % 250}`
  for (let i = 0; i < 12; i++) {
    const response = await fetch(`${[one, two][i % 2]!.url}/api/petitions/${slug}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': burstAddress },
      body: JSON.stringify({
        fullName: `Burst ${i}`,
        email: `burst.${i}@gmail.com`,
        country: 'GB',
        showName: false,
        consentVersion: CURRENT_CONSENT_VERSION,
        altcha: burstProofs[i],
      }),
    })
    answers.push(response.status === 200 ? ((await response.json()) as { outcome: string }).outcome : `HTTP ${response.status}`)
  }
  const { rows: burst } = await db.query<{ held: number; free: number }>(
    `SELECT count(*) FILTER (WHERE held)::int AS held, count(*) FILTER (WHERE NOT held)::int AS free FROM signatures WHERE petition_id = $1 AND email LIKE 'burst.%'`,
    [burstPetition[0]!.id],
  )
  lines.push(
    `one address, 12 signatures, instances 1,2,1,2…: ${burst[0]!.free} taken, ${burst[0]!.held} held for moderation (limit 5 per 10 minutes; per-instance limits would take 10); answers: ${[...new Set(answers)].join(', ')}`,
  )
  checks.push(['the burst limit is shared: 5 taken, 7 held whichever instance each hit', burst[0]!.free === 5 && burst[0]!.held === 7])

  // 4. An editor saves a post on instance 1; how long until instance 2 and nginx serve it?
  const { rows: posts } = await db.query<{ id: string; slug: string }>(
    `SELECT id, slug FROM posts WHERE status = 'published' ORDER BY published_at DESC LIMIT 1`,
  )
  const post = posts[0]!
  for (const url of [two.url, cluster.url]) for (let i = 0; i < 3; i++) await fetch(`${url}/posts/${post.slug}`) // cached before the change
  const editor = await openEditorOn(one.url, cluster.databaseUrl)
  const title = `Edited on instance 1 at ${Date.now()}`
  let clickedAt = 0
  const seenAt = (url: string) =>
    new Promise<number>((resolve) => {
      const poll = async () => {
        const text = await (await fetch(`${url}/posts/${post.slug}`)).text()
        if (text.includes(title)) resolve(Date.now())
        else setTimeout(() => void poll(), 20)
      }
      void poll()
    })
  const watchers = Promise.all([seenAt(two.url), seenAt(cluster.url)])
  const savedAt = await editor.renamePost(post.id, title, () => (clickedAt = Date.now()))
  const [onTwo, onNginx] = await Promise.race([watchers, new Promise<[number, number]>((r) => setTimeout(() => r([NaN, NaN]), 15_000))])
  await editor.close()
  // When the edit was written: the row's updated_at, set by instance 1 as it saved (same clock).
  const { rows: written } = await db.query<{ ms: number }>('SELECT (extract(epoch FROM updated_at) * 1000)::float8 AS ms FROM posts WHERE id = $1', [post.id])
  const writtenAt = Math.round(written[0]!.ms)
  lines.push(
    `edit on instance 1: written ${writtenAt - clickedAt} ms after the click ("Saved." shown after ${savedAt - clickedAt} ms); ` +
      `served by instance 2 ${onTwo - writtenAt} ms after the write, through nginx ${onNginx - writtenAt} ms after`,
  )
  checks.push(['instance 2 serves the edit within a second of the write', onTwo - writtenAt <= 1_000])
  checks.push(['nginx serves the edit within 1.5 s of the write (PROXY_CACHE=nginx: kept to the end of the second)', onNginx - writtenAt <= 1_500])
} finally {
  await db.end()
  await cluster.stop()
}

console.log(`\nbench:cluster — two instances and nginx on one PostgreSQL, ${SECONDS} s of signing at ${CONNECTIONS} connections per target\n`)
for (const line of lines) console.log(line)
console.log('')
for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`)
process.exit(checks.length > 0 && checks.every(([, ok]) => ok) ? 0 : 1)
