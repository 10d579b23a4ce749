import { timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import { changesSchema, tagsForChanges } from '@/lib/content/changes'
import { revalidationSecret } from '@/lib/content/listener'
import { pool } from '@/lib/db/pool'
import { PAGES_REVALIDATED_CHANNEL } from '@/lib/http/page-cache'

// Internal: called by this instance's content listener (lib/content/listener.ts) with a secret
// that exists only in this process's memory. Anyone else gets 403.
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get('x-placard-secret') ?? '')
  const expected = Buffer.from(revalidationSecret())
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: 'Forbidden' }, { status: 403 })
  }
  const parsed = changesSchema.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'Expected { changes: ["posts:<uuid>", …] }' }, { status: 422 })
  const refreshed = await tagsForChanges(parsed.data.changes)
  for (const tag of refreshed) revalidateTag(tag, { expire: 0 })
  // Only now may the servers' page micro-caches drop their copies: a copy fetched from Next
  // after this point is fresh. (They run outside Next's module context, hence the database.)
  await pool().query('SELECT pg_notify($1, $2)', [PAGES_REVALIDATED_CHANNEL, ''])
  return Response.json({ refreshed })
}
