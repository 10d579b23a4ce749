import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type pg from 'pg'

// What the cluster benchmarks check after signing: the worker has sent every email, the links
// in them, and the rows compared with the count each server shows.

/** Waits until the worker has sent the confirmation email of every signature on one petition. */
export async function waitForJobs(db: pg.Client, petitionId: string, timeoutMs = 600_000) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    const { rows } = await db.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM jobs j JOIN signatures s ON s.id::text = j.payload->>'signatureId'
       WHERE s.petition_id = $1 AND j.done_at IS NULL AND j.failed_at IS NULL`,
      [petitionId],
    )
    if (rows[0]!.waiting === 0) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

/** The confirmation links in the emails (written to the outbox without SMTP) about one petition. */
export function confirmLinksFor(dataDir: string, petitionTitle: string): string[] {
  const outbox = path.join(dataDir, 'outbox')
  return readdirSync(outbox).flatMap((file) => {
    const raw = readFileSync(path.join(outbox, file), 'utf8')
    const link = raw.match(/\/signatures\/confirm\?token=[A-Za-z0-9._-]+/)?.[0]
    return raw.includes(petitionTitle) && link ? [link] : []
  })
}

/** After a moment to settle: the petition's rows, and the count each of `urls` shows. */
export async function settle(db: pg.Client, petitionId: string, urls: string[], slug: string) {
  await new Promise((r) => setTimeout(r, 1500))
  const { rows } = await db.query<{ rows: number; confirmed: number; held: number }>(
    `SELECT count(*)::int AS rows, count(*) FILTER (WHERE status = 'confirmed' AND NOT held)::int AS confirmed, count(*) FILTER (WHERE held)::int AS held
     FROM signatures WHERE petition_id = $1`,
    [petitionId],
  )
  const shown = await Promise.all(urls.map(async (url) => ((await (await fetch(`${url}/petitions/${slug}/count.json`)).json()) as { count: number }).count))
  return { ...rows[0]!, shown }
}
