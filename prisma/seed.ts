import { demoPosts } from './demo/posts'

// Demo content for a fresh installation: three authors, the two standard categories and the
// demo posts in prisma/demo/posts.ts. Runs only when the database has no posts yet.

type Db = typeof import('@/lib/db').db

const authors = [
  { slug: 'maria-keller', name: 'Maria Keller', email: 'maria.keller@example.org', role: 'editor', bio: 'Coordinates the campaign’s international work and writes most of our appeals.' },
  { slug: 'tomas-varga', name: 'Tomas Varga', email: 'tomas.varga@example.org', role: 'editor', bio: 'Labour journalist following the Kardanian trials since 2020.' },
  { slug: 'amina-hassan', name: 'Amina Hassan', email: 'amina.hassan@example.org', role: 'admin', bio: 'Campaign secretary; keeps in touch with the families and the lawyers.' },
] as const

const categories = [
  { slug: 'articles', name: 'Articles', description: 'News, analysis and reports from the campaign.' },
  { slug: 'appeals', name: 'Appeals', description: 'Calls to action: letters, donations, sponsors and vigils.' },
]

export async function seedDemoContent(db: Db, log: (line: string) => void = () => {}) {
  if ((await db.post.count()) > 0) return false
  const { createPost } = await import('@/lib/posts/write')
  const authorIds = new Map<string, string>()
  for (const a of authors) {
    const user = await db.user.upsert({ where: { slug: a.slug }, update: {}, create: a, select: { id: true } })
    authorIds.set(a.slug, user.id)
  }
  const categoryIds = new Map<string, string>()
  for (const c of categories) {
    const category = await db.category.upsert({ where: { slug: c.slug }, update: {}, create: c, select: { id: true } })
    categoryIds.set(c.slug, category.id)
  }
  for (const p of demoPosts) {
    await createPost({
      title: p.title,
      slug: p.slug,
      excerpt: p.excerpt,
      bodyHtml: p.bodyHtml,
      status: p.status ?? 'published',
      publishedAt: new Date(p.publishedAt),
      authorId: authorIds.get(p.author)!,
      categoryIds: p.categories.map((c) => categoryIds.get(c)!),
      image: p.image ? { url: `/demo/${p.image.file}`, alt: p.image.alt, caption: p.image.caption, credit: p.image.credit } : undefined,
      source: p.source,
    })
  }
  log(`seeded ${demoPosts.length} demo posts, ${categories.length} categories and ${authors.length} authors`)
  return true
}
