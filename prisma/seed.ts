import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES, DEMO_SIGNER_COUNTRIES, demoPetitions } from './demo/petitions'
import { seedDemoActionDays } from './demo/action-days'
import { DEMO_CHECKED_ON, DEMO_SOURCE, demoDirectory, demoLetter } from './demo/letters'
import { demoPages } from './demo/pages'
import { demoPosts } from './demo/posts'
import { demoMessages, demoSupporters } from './demo/supporters'

// Demo content for a fresh installation: three authors, the two standard categories and the
// demo posts in prisma/demo/posts.ts. Runs only when the database has no posts yet.

type Db = typeof import('@/lib/db/client').db

const authors = [
  {
    slug: 'maria-keller',
    name: 'Maria Keller',
    email: 'maria.keller@example.org',
    role: 'editor',
    bio: 'Coordinates the campaign’s international work and writes most of our appeals.',
  },
  {
    slug: 'tomas-varga',
    name: 'Tomas Varga',
    email: 'tomas.varga@example.org',
    role: 'editor',
    bio: 'Labour journalist following the Kardanian trials since 2020.',
  },
  {
    slug: 'amina-hassan',
    name: 'Amina Hassan',
    email: 'amina.hassan@example.org',
    role: 'admin',
    bio: 'Campaign secretary; keeps in touch with the families and the lawyers.',
  },
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
  const shortcodes = new Map<string, string[]>()
  for (const petition of demoPetitions) for (const post of petition.inPosts ?? []) shortcodes.set(post, [...(shortcodes.get(post) ?? []), petition.slug])
  for (const p of demoPosts) {
    const boxes = (shortcodes.get(p.slug) ?? []).map((slug) => `<p>[petition ${slug}]</p>`).join('')
    await createPost({
      title: p.title,
      slug: p.slug,
      excerpt: p.excerpt,
      bodyHtml: p.bodyHtml + boxes,
      status: p.status ?? 'published',
      publishedAt: new Date(p.publishedAt),
      authorId: authorIds.get(p.author)!,
      categoryIds: p.categories.map((c) => categoryIds.get(c)!),
      image: p.image ? { url: `/demo/${p.image.file}`, alt: p.image.alt, caption: p.image.caption, credit: p.image.credit } : undefined,
      source: p.source,
    })
  }
  await seedDemoPetitions(db)
  await seedDemoLetter(db)
  await seedDemoSupporters(db)
  await db.page.createMany({ data: demoPages.map((p, i) => ({ ...p, status: 'published' as const, navOrder: i + 1, showInNav: true })) })
  const events = await seedDemoActionDays(db)
  log(
    `seeded ${demoPosts.length} demo posts, ${categories.length} categories, ${authors.length} authors, ${demoPetitions.length} petitions, ${demoPages.length} pages, 2 days of action with ${events} protests, the donate page, a letter action and ${demoDirectory.length} directory entries`,
  )
  return true
}

async function seedDemoLetter(db: Db) {
  const { site } = await import('@/lib/site')
  const ids = new Map<string, string>()
  for (const a of demoDirectory) {
    const entry = await db.letterAddressee.create({
      data: { ...a, hostCountry: a.hostCountry ?? null, source: DEMO_SOURCE, checkedOn: new Date(`${DEMO_CHECKED_ON}T00:00:00Z`) },
      select: { id: true },
    })
    ids.set(a.name, entry.id)
  }
  const { addressees, sent, senders, ...letter } = demoLetter
  const created = await db.letterAction.create({
    data: {
      ...letter,
      status: 'open',
      ccEmails: [site.contactEmail],
      addressees: { create: addressees.map((name, position) => ({ addresseeId: ids.get(name)!, position })) },
    },
    select: { id: true },
  })
  // Counted presses (no personal data in them); the trigger moves the tallies.
  await db.letterSend.createMany({
    data: Array.from({ length: sent }, (_, i) => ({ letterId: created.id, createdAt: new Date(Date.now() - (sent - i) * 600_000) })),
  })
  // The newest presses carry the demo's approved public names ("Recent senders"), approved five
  // minutes after each press (presses are ten minutes apart: all in the past).
  const newest = await db.letterSend.findMany({
    where: { letterId: created.id },
    orderBy: { createdAt: 'desc' },
    take: senders.length,
    select: { id: true, createdAt: true },
  })
  await db.letterSenderName.createMany({
    data: senders.map((s, i) => {
      const send = newest[senders.length - 1 - i]!
      return { sendId: send.id, letterId: created.id, ...s, createdAt: send.createdAt, approvedAt: new Date(send.createdAt.getTime() + 300_000) }
    }),
  })
}

async function seedDemoPetitions(db: Db) {
  for (const p of demoPetitions) {
    const petition = await db.petition.create({
      data: {
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        bodyHtml: p.bodyHtml,
        target: p.target,
        goal: p.goal,
        status: p.status,
        featured: p.featured ?? false,
        deadline: p.deadline ? new Date(p.deadline) : null,
        deliveredAt: p.deliveredAt ? new Date(p.deliveredAt) : null,
        deliveryNote: p.deliveryNote ?? null,
        closedAt: p.status === 'open' ? null : new Date(p.deliveredAt ?? Date.now()),
      },
      select: { id: true },
    })
    // Demo signers have addresses at example.org (reserved: no mail ever reaches anyone).
    const signers = Array.from({ length: p.signers }, (_, i) => {
      const first = DEMO_FIRST_NAMES[i % DEMO_FIRST_NAMES.length]!
      const last = DEMO_LAST_NAMES[(i * 7) % DEMO_LAST_NAMES.length]!
      const email = `demo-signer-${i}@example.org`
      const at = new Date(Date.now() - (p.signers - i) * 3_600_000)
      return {
        petitionId: petition.id,
        fullName: `${first} ${last}`,
        email,
        emailCanonical: email,
        emailDomain: 'example.org',
        country: DEMO_SIGNER_COUNTRIES[Math.floor(Math.sqrt((i * 7919) % 225))]!,
        showName: i % 3 !== 0,
        shareWithTarget: i % 4 !== 0,
        keepInformed: false,
        consentVersion: '2026-12',
        consentedAt: at,
        createdAt: at,
        status: 'confirmed' as const,
        confirmedAt: at,
      }
    })
    await db.signature.createMany({ data: signers })
  }
}

async function seedDemoSupporters(db: Db) {
  const day = 86_400_000
  await db.supporter.createMany({
    data: demoSupporters.map(([name, type, country, organisation, position, shown, statement], i) => {
      const email = `demo-supporter-${i}@example.org`
      const at = new Date(Date.now() - (demoSupporters.length - i) * day)
      return {
        name,
        type,
        country,
        organisation,
        position,
        statement: statement ?? null,
        email,
        emailCanonical: email,
        showPublicly: shown,
        status: 'approved' as const,
        createdAt: at,
        confirmedAt: at,
        approvedAt: at,
      }
    }),
  })
  const posts = await db.post.findMany({ where: { slug: { in: demoMessages.map((m) => m.post) } }, select: { id: true, slug: true } })
  await db.solidarityMessage.createMany({
    data: demoMessages.map((m, i) => {
      const email = `demo-message-${i}@example.org`
      const at = new Date(Date.now() - m.daysAgo * day)
      return {
        postId: posts.find((p) => p.slug === m.post)!.id,
        name: m.name,
        place: m.place,
        message: m.message,
        email,
        emailCanonical: email,
        status: 'approved' as const,
        createdAt: at,
        confirmedAt: at,
        approvedAt: at,
      }
    }),
  })
}
