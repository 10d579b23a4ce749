import { timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import { changesSchema, tagsForChanges } from '@/lib/content/changes'
import { revalidationSecret } from '@/lib/content/listener'
import { pageCache } from '@/lib/http/page-cache'

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
  pageCache().clear()
  return Response.json({ refreshed })
}
