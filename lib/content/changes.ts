import 'server-only'
import { z } from 'zod'
import { tags } from '@/lib/cache/tags'
import { db } from '@/lib/db/client'
import { getNeighbours } from '@/lib/posts/queries'

// Turns the database's change notifications (see the placard_notify_content_change trigger
// in prisma/migrations) into the cache tags of exactly the pages that show the changed row.

export const CONTENT_CHANNEL = 'placard_content'

/**
 * Announces, on commit, that these petitions' numbers changed (a moderator's decision, a bulk
 * invalidation): every instance refreshes their pages. The tallies themselves announce nothing,
 * since signing storms move them thousands of times a second; the live count needs no page.
 */
export async function announcePetitionNumbers(
  tx: { $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => PromiseLike<number> },
  petitionIds: Iterable<string>,
) {
  for (const id of new Set(petitionIds)) await tx.$executeRaw`SELECT pg_notify(${CONTENT_CHANNEL}, ${`petitions:${id}`})`
}

const changeSchema = z
  .string()
  .regex(
    /^((posts|post_categories|categories|users|petitions|pages|action_days|letter_actions|letter_addressees|supporters):[0-9a-f-]{36}(:(item|list))?|donations)$/,
  )
export const changesSchema = z.object({ changes: z.array(changeSchema).min(1).max(1000) })

export async function tagsForChanges(changes: string[]): Promise<string[]> {
  const result = new Set<string>()
  for (const change of new Set(changes)) {
    const [table, id = '', scope] = change.split(':')
    if (table === 'categories') result.add(tags.categories)
    if (table === 'donations') result.add(tags.donations)
    if (table === 'action_days') {
      result.add(tags.actionDay(id))
      result.add(tags.actionDays)
    }
    if (table === 'supporters') result.add(tags.supporters)
    if (table === 'users') result.add(tags.author(id))
    if (table === 'pages') {
      result.add(tags.page(id))
      result.add(tags.pages)
    }
    if (table === 'petitions') {
      result.add(tags.petition(id))
      result.add(tags.petitions)
    }
    if (table === 'letter_actions') result.add(tags.letter(id))
    // An embassy's new address may belong on any letter's page.
    if (table === 'letter_actions' || table === 'letter_addressees') result.add(tags.letters)
    if (table === 'posts' || table === 'post_categories') {
      result.add(tags.post(id))
      // Anything but a text edit can move the post in or out of lists and change its neighbours.
      if (scope !== 'item') {
        result.add(tags.postLists)
        for (const neighbourId of await currentNeighbourIds(id)) result.add(tags.post(neighbourId))
      }
    }
  }
  return [...result]
}

async function currentNeighbourIds(postId: string) {
  const post = await db.post.findFirst({ where: { id: postId, status: 'published' }, select: { id: true, publishedAt: true } })
  if (!post?.publishedAt) return []
  const { older, newer } = await getNeighbours({ id: post.id, publishedAt: post.publishedAt.toISOString() })
  return [older?.id, newer?.id].filter((id): id is string => Boolean(id))
}
