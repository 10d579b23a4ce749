import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CURRENT_CONSENT_VERSION } from '@/lib/validation/signature'
import { confirmLinksFor, waitForJobs } from '../../scripts/lib/cluster-checks'
import { mib, postgresMemory, postmasterPidOf, rssOf } from '../../scripts/lib/process-memory'
import { solvedProofs } from '../../scripts/lib/signing-load'
import { growthAllowed, newTally, soakLoad } from '../../scripts/lib/soak-load'
import { e2eProcessesFile, withDatabase } from './support/site'

// The 2-minute version of `npm run bench:soak` (30 minutes through nginx), against the e2e site
// itself (one web server, its worker, its PostgreSQL; no nginx, so CI needs none): readers and
// signers at a steady rate after a warm-up. Nothing may fail, every accepted signature is
// stored exactly once and, once confirmed through its email, counted exactly; and no process's
// memory may grow from after the warm-up to the end by more than max(15 % of it, 40 MiB).
// (bench:soak's bound for 30 minutes is max(10 %, 25 MiB); two minutes leave less time for
// V8's heap and PostgreSQL's caches to settle after the warm-up, so the bound is wider.)

const READS_PER_S = 200
// Each signature needs a proof-of-work at the site's real difficulty, solved here beforehand.
const SIGNS_PER_S = 2
const WARMUP_S = 15
const SOAK_S = 120
const SHARE = 0.15
const FLOOR_MIB = 40

test.setTimeout(420_000)

test('the site holds up under two minutes of steady reading and signing, its memory flat', async ({ baseURL }) => {
  const processes = JSON.parse(readFileSync(e2eProcessesFile, 'utf8')) as { web: number; worker: number; pgData: string }
  const sample = () => ({
    'web server (RSS)': rssOf(processes.web),
    'worker (RSS)': rssOf(processes.worker),
    'postgres (PSS, all processes)': postgresMemory(postmasterPidOf(processes.pgData)).pss,
  })
  const slug = `soak-${Date.now()}`
  const { petitionId, paths, settings } = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO petitions (id, slug, title, summary, body_html, target, goal, status, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'x', '<p>x</p>', 'x', 1000, 'open', now()) RETURNING id`,
      [slug, `Soak ${slug}`],
    )
    const { rows: posts } = await db.query<{ slug: string }>(`SELECT slug FROM posts WHERE status = 'published' ORDER BY published_at DESC LIMIT 10`)
    // Every signer comes from 127.0.0.1: the per-address burst limit is raised for the run, then put back.
    const { rows: before } = await db.query<{ ip_burst_limit: number }>('SELECT ip_burst_limit FROM site_settings WHERE id = 1')
    await db.query(
      `INSERT INTO site_settings (id, ip_burst_limit, domain_burst_limit, burst_window_minutes, min_fill_seconds) VALUES (1, 100000, 20, 10, 3)
       ON CONFLICT (id) DO UPDATE SET ip_burst_limit = 100000`,
    )
    return {
      petitionId: rows[0]!.id,
      paths: ['/', '/category/articles', '/category/appeals', `/petitions/${slug}`, `/petitions/${slug}/count.json`, ...posts.map((p) => `/posts/${p.slug}`)],
      settings: before[0] ?? null,
    }
  })
  try {
    // Single-use, one per signer (soakLoad numbers the signers across slices), with room to spare.
    const proofs = await solvedProofs(SIGNS_PER_S * (WARMUP_S + SOAK_S) + 40)
    const tally = newTally()
    const load = (seconds: number) =>
      soakLoad({ url: baseURL!, paths, slug, readsPerS: READS_PER_S, signsPerS: SIGNS_PER_S, seconds, proofs, consentVersion: CURRENT_CONSENT_VERSION, tally })
    await load(WARMUP_S)
    const start = sample()
    for (let done = 0; done < SOAK_S; done += 30) await load(30)
    const end = sample()

    const report = Object.entries(start).map(([name, before]) => {
      const after = end[name as keyof typeof end]
      return { name, before, after, flat: before > 0 && after - before <= growthAllowed(before, SHARE, FLOOR_MIB) }
    })
    console.log(
      `soak (${SOAK_S} s after ${WARMUP_S} s): reads ${tally.reads}, sign requests ${tally.signs}, accepted ${tally.accepted}\n` +
        report.map((r) => `  ${r.name}: ${mib(r.before)} → ${mib(r.after)}`).join('\n'),
    )
    expect(Object.fromEntries(tally.odd), 'answers other than 2xx').toEqual({})
    expect(tally.readErrors + tally.signErrors).toBe(0)
    // How many got through depends on the machine (no timing is asserted); that some did, does not.
    expect(tally.reads).toBeGreaterThan(0)
    expect(tally.accepted).toBeGreaterThan(0)

    // Requests still in flight when a slice's clock ran out were stored but never answered, so
    // there may be a few more rows than "accepted" answers, never fewer, and never two of a signer.
    const stored = await withDatabase(async (db) => {
      const { rows } = await db.query<{ email: string; n: number }>('SELECT email, count(*)::int AS n FROM signatures WHERE petition_id = $1 GROUP BY email', [
        petitionId,
      ])
      expect(await waitForJobs(db, petitionId, 120_000), 'every confirmation email sent').toBe(true)
      return rows
    })
    expect(
      stored.filter((r) => r.n !== 1),
      'signers stored more than once',
    ).toEqual([])
    const storedEmails = new Set(stored.map((r) => r.email))
    expect(
      tally.acceptedSigners.filter((i) => !storedEmails.has(`soak.${i}@gmail.com`)),
      'accepted but not stored',
    ).toEqual([])
    expect(stored.length).toBeLessThanOrEqual(tally.signer)
    // Every signer confirms through the link in their email; the public count is then exact.
    const links = confirmLinksFor(path.resolve('.data', 'e2e', 'site'), `Soak ${slug}`)
    expect(links).toHaveLength(stored.length)
    for (let i = 0; i < links.length; i += 8)
      await Promise.all(
        links
          .slice(i, i + 8)
          .map(async (link) => expect((await fetch(baseURL + link, { redirect: 'manual' })).headers.get('location')).toMatch(/\/done\/confirmed$/)),
      )
    await expect.poll(async () => ((await (await fetch(`${baseURL}/petitions/${slug}/count.json`)).json()) as { count: number }).count).toBe(stored.length)

    for (const r of report) expect(r.flat, `${r.name} grew from ${mib(r.before)} to ${mib(r.after)}`).toBe(true)
  } finally {
    await withDatabase(async (db) => {
      // Signatures first: their tally trigger still finds the petition.
      await db.query('DELETE FROM signatures WHERE petition_id = $1', [petitionId])
      await db.query('DELETE FROM petitions WHERE id = $1', [petitionId])
      if (settings) await db.query('UPDATE site_settings SET ip_burst_limit = $1 WHERE id = 1', [settings.ip_burst_limit])
      else await db.query('DELETE FROM site_settings WHERE id = 1')
    })
  }
})
