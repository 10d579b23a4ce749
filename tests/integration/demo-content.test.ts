import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { listPublishedPosts } from '@/lib/posts/queries'
import { seedDemoContent } from '../../prisma/seed'
import { resetDatabase } from '../support/factories'

beforeEach(resetDatabase)

it('fills an empty database with at least 30 posts over several years in both categories, once', async () => {
  expect(await seedDemoContent(db)).toBe(true)
  const all = await listPublishedPosts({ kind: 'all' }, 1, 1000)
  expect(all.total).toBeGreaterThanOrEqual(30)
  const years = new Set(all.items.map((p) => p.publishedAt.slice(0, 4)))
  expect(years.size).toBeGreaterThanOrEqual(4)
  expect((await listPublishedPosts({ kind: 'category', slug: 'articles' }, 1)).total).toBeGreaterThan(10)
  expect((await listPublishedPosts({ kind: 'category', slug: 'appeals' }, 1)).total).toBeGreaterThan(10)
  expect(all.items.some((p) => p.categories.length === 2)).toBe(true)
  expect(all.items.filter((p) => p.image).length).toBeGreaterThan(5)

  expect((await db.page.findMany({ where: { status: 'published', showInNav: true }, orderBy: { navOrder: 'asc' } })).map((p) => p.slug)).toEqual([
    'about',
    'aims',
  ])

  // A day of action with protests in several countries, one still open for registrations, and a
  // donate page whose made-up bank details say they are a demo.
  const days = await db.actionDay.findMany({ where: { status: 'published' }, include: { events: { where: { status: 'approved' } } } })
  expect(days.length).toBeGreaterThanOrEqual(2)
  for (const day of days) expect(new Set(day.events.map((e) => e.country)).size).toBeGreaterThanOrEqual(3)
  expect(days.some((d) => d.date.getTime() > Date.now())).toBe(true)
  expect(await db.donationSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ isDemo: true, iban: expect.stringMatching(/^DE/) })
  // The real pages replace the example.org placeholders for donating and vigils.
  const bodies = (await db.post.findMany({ select: { bodyHtml: true } })).map((p) => p.bodyHtml).join('\n')
  expect(bodies).not.toMatch(/example\.org\/(donate|vigils)/)
  expect(bodies).toContain('href="/donate"')
  expect(bodies).toContain('href="/days-of-action/two-years-on-vigils-2024"')

  // A post's own words about its petition agree with the petition: the target it names is the
  // petition's goal, and it links to the petition's real page, not a placeholder.
  const petitions = await db.petition.findMany({ select: { slug: true, goal: true } })
  let checked = 0
  for (const post of await db.post.findMany({ select: { slug: true, bodyHtml: true } })) {
    for (const petition of petitions.filter((p) => post.bodyHtml.includes(`[petition ${p.slug}]`))) {
      const named = /aim to collect (?:<strong>)?([\d,]+) signatures/.exec(post.bodyHtml)?.[1]
      if (named) {
        expect(Number(named.replace(/,/g, '')), `${post.slug} names a target for ${petition.slug}`).toBe(petition.goal)
        checked++
      }
    }
  }
  expect(checked).toBeGreaterThan(0)
  expect(bodies).not.toMatch(/example\.org\/petitions/)

  const before = await db.post.count()
  expect(await seedDemoContent(db)).toBe(false)
  expect(await db.post.count()).toBe(before)
})
