import { randomUUID } from 'node:crypto'
import { db } from '@/lib/db/client'
import { createPost } from '@/lib/posts/write'
import { reloadHoldRules } from '@/lib/signatures/hold-rules'
import type { PostInput } from '@/lib/validation/post'

// Small builders for integration tests; every name is unique so test files never collide.

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

export async function makeAuthor(name = 'Test Author') {
  const slug = unique('author')
  return db.user.create({ data: { name, slug, email: `${slug}@example.org`, role: 'editor' } })
}

export async function makeCategory(name = unique('Category')) {
  return db.category.create({ data: { name, slug: unique('cat') } })
}

type PostOverrides = Partial<PostInput> & { authorId: string; categoryIds: string[] }

export async function makePost(overrides: PostOverrides) {
  return createPost({
    title: 'A test post',
    slug: unique('post'),
    excerpt: 'A short excerpt.',
    bodyHtml: '<p>Body text.</p>',
    status: 'published',
    publishedAt: new Date('2024-01-01T10:00:00Z'),
    ...overrides,
  })
}

/** Empties every content table; integration files run one at a time, so each starts clean. */
export async function resetDatabase() {
  await db.$executeRawUnsafe(
    'TRUNCATE pages, post_categories, posts, categories, audit_log, password_tokens, media, users, signatures, petition_tallies, petitions, jobs, rate_limits, site_settings, contact_messages, action_days, action_events, donation_settings, letter_actions, letter_addressees, supporters CASCADE',
  )
  // The sign path keeps the hold rules in memory; read them now rather than when the NOTIFY lands.
  await reloadHoldRules()
}
