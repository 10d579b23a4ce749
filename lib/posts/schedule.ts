import 'server-only'
import { db } from '@/lib/db/client'

/**
 * Publishes every scheduled post whose date has come. Safe to run from any number of app
 * instances at once: each row flips in a single UPDATE, so only one instance publishes it.
 */
export async function publishDueScheduledPosts(now = new Date()) {
  const { count } = await db.post.updateMany({
    where: { status: 'scheduled', publishedAt: { lte: now } },
    data: { status: 'published' },
  })
  return count
}
