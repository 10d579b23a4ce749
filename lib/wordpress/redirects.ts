import 'server-only'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { decodePath, PLACARD_PREFIXES, sourceKey, splitSource, stripSlash } from '@/lib/redirects/addresses'
import { livePageAt } from '@/lib/redirects/live-pages'
import { PAGE_SIZE } from '@/lib/posts/types'
import { listArchiveMonths } from '@/lib/posts/queries'
import { paths } from '@/lib/paths'
import { basePathOf, itemAddresses, nicename, pageNumbers, type OldAddress } from '@/lib/wordpress/old-addresses'
import type { Lookup } from '@/lib/wordpress/people-and-categories'
import type { ImportReport } from '@/lib/wordpress/report'
import { uploadsPath } from '@/lib/wordpress/upload-paths'
import type { Attachment } from '@/lib/wordpress/item-importer'
import type { WxrAuthor, WxrCategory, WxrItem } from '@/lib/wordpress/wxr-reader'

// The import's redirects (table redirects, source 'wordpress'): each post's and page's old
// addresses as it is written, then the site's own (categories, authors, feeds, date archives,
// list pages, uploaded files) once all posts are in. Written in batches with one upsert each;
// a second import finds every row as it was and changes nothing; a row an admin made or edited
// (source 'admin') is never touched. Within one import the first claim on an address wins.
//
// An old address is kept without its trailing slash, so both forms match, unless the bare form
// is one Placard answers itself (/category/news, /page/2, an existing page): then only the
// slashed form, which Next would otherwise answer with its own redirect, is kept.

const BATCH = 500
// The plain client differs from a transaction's only in omitting users' password hashes, which
// livePageAt never reads.
const reader = db as unknown as Prisma.TransactionClient

type Row = { path: string; query: string; to: string }

export class WordpressRedirects {
  private readonly base: string
  private pending: Row[] = []
  private readonly claimed = new Set<string>()
  /** The months ('2013/07') posts were published in, with their days. */
  private readonly months = new Map<string, Set<string>>()
  private made = 0
  private changed = 0

  constructor(
    private readonly site: string,
    private readonly dryRun: boolean,
  ) {
    this.base = basePathOf(site)
  }

  /** After a post or page is written (or found unchanged, or kept as an editor left it). */
  async forItem(item: WxrItem, kind: 'post' | 'page') {
    const f = item.fields
    const wpId = (f['wp:post_id'] ?? '').trim()
    const mapped = await db.wordpressItem.findUnique({ where: { site_kind_wpId: { site: this.site, kind, wpId } }, select: { entityId: true } })
    if (!mapped) return
    const where = { where: { id: mapped.entityId }, select: { slug: true } }
    const row = kind === 'post' ? await db.post.findUnique(where) : await db.page.findUnique(where)
    if (!row) return
    const date = (f['wp:post_date'] ?? '').trim()
    const facts = { kind, base: this.base, site: this.site, wpId, wpSlug: (f['wp:post_name'] ?? '').trim(), date, link: f.link ?? '', guid: f.guid ?? '' }
    await this.add(itemAddresses(facts, kind === 'post' ? paths.post(row.slug) : `/${row.slug}`))
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
    if (kind === 'post' && day) {
      const month = `${day[1]}/${day[2]}`
      this.months.set(month, (this.months.get(month) ?? new Set()).add(day[3]!))
    }
  }

  /** Once every post is in: the addresses of lists, feeds and files. */
  async forSite(
    scan: { categories: WxrCategory[]; authors: WxrAuthor[]; attachments: Map<string, Attachment> },
    found: { categories: Lookup; authors: Lookup; uploads: Iterable<[string, string]> },
  ) {
    const b = this.base
    const posts = await db.post.count({ where: { status: 'published' } })
    await this.add([
      ...['/feed/', '/feed/rss2/', '/feed/rss/', '/comments/feed/', '/?feed=rss2', '/?feed=rss'].map((from) => ({ from: b + from, to: '/feed.xml' })),
      ...['/feed/atom/', '/?feed=atom'].map((from) => ({ from: b + from, to: '/atom.xml' })),
      ...pageNumbers(posts, PAGE_SIZE).map((n) => ({ from: `${b}/page/${n}/`, to: paths.page('', n) })),
    ])
    await this.add(await this.categoryAddresses(scan.categories, found.categories))
    await this.add(await this.authorAddresses(scan.authors, found.authors))
    await this.add(await this.dateAddresses())
    const uploads = new Map(found.uploads)
    const files: OldAddress[] = [...uploads].map(([relative, to]) => ({ from: `${b}/wp-content/uploads/${relative}`, to }))
    for (const [id, attachment] of scan.attachments) {
      const to = uploads.get(uploadsPath(attachment.url) ?? '')
      if (to && id) files.push({ from: `${b}/?attachment_id=${id}`, to })
    }
    await this.add(files)
    await this.flush()
  }

  private async categoryAddresses(categories: WxrCategory[], ids: Lookup): Promise<OldAddress[]> {
    const rows = await db.category.findMany({
      where: { id: { in: [...ids.values()].filter(Boolean) } },
      select: { id: true, slug: true, _count: { select: { posts: { where: { post: { status: 'published' } } } } } },
    })
    const byId = new Map(rows.map((r) => [r.id, r]))
    const parentOf = new Map(categories.map((c) => [c.slug, c.parent]))
    const out: OldAddress[] = []
    for (const [wpSlug, id] of ids) {
      const row = byId.get(id)
      if (!row) continue
      const to = paths.category(row.slug)
      const chain = [wpSlug]
      for (let parent = parentOf.get(wpSlug); parent && !chain.includes(parent) && chain.length < 10; parent = parentOf.get(parent)) chain.unshift(parent)
      const termId = categories.find((c) => c.slug === wpSlug)?.termId
      for (const trail of new Set([chain.join('/'), wpSlug])) {
        const from = `${this.base}/category/${trail}`
        out.push({ from: `${from}/`, to }, { from: `${from}/feed/`, to: `${to}/feed.xml` })
        for (const n of pageNumbers(row._count.posts, PAGE_SIZE)) out.push({ from: `${from}/page/${n}/`, to: paths.page(to, n) })
      }
      if (termId) out.push({ from: `${this.base}/?cat=${termId}`, to })
    }
    return out
  }

  private async authorAddresses(authors: WxrAuthor[], ids: Lookup): Promise<OldAddress[]> {
    const out: OldAddress[] = []
    for (const author of authors) {
      const id = ids.get(author.login)
      if (!id) continue
      const user = await db.user.findUnique({ where: { id }, select: { slug: true } })
      // An author page exists only for someone with published posts under their own name.
      const posts = await db.post.count({ where: { authorId: id, status: 'published', byline: null } })
      if (!user || !posts) continue
      const to = paths.author(user.slug)
      for (const name of new Set([author.login, nicename(author.login)])) {
        const from = `${this.base}/author/${encodeURIComponent(name)}`
        out.push({ from: `${from}/`, to }, { from: `${from}/feed/`, to: '/feed.xml' })
        for (const n of pageNumbers(posts, PAGE_SIZE)) out.push({ from: `${from}/page/${n}/`, to: paths.page(to, n) })
      }
    }
    return out
  }

  /**
   * WordPress's day, month and year archives. Placard has month archives (by the UTC month, so
   * a WordPress month whose posts all fall in another UTC month leads to the archive's index);
   * a day leads to its month, a year to its place on the archive's index.
   */
  private async dateAddresses(): Promise<OldAddress[]> {
    const live = new Set((await listArchiveMonths()).map((m) => `${m.year}/${String(m.month).padStart(2, '0')}`))
    const out: OldAddress[] = []
    const years = new Set<string>()
    for (const [month, days] of this.months) {
      const [y, m] = month.split('/') as [string, string]
      const to = live.has(month) ? paths.month(Number(y), Number(m)) : '/archive'
      out.push({ from: `${this.base}/${month}/`, to }, { from: `${this.base}/?m=${y}${m}`, to })
      for (const day of days) out.push({ from: `${this.base}/${month}/${day}/`, to })
      years.add(y)
    }
    for (const y of years) out.push({ from: `${this.base}/${y}/`, to: `/archive#year-${y}` }, { from: `${this.base}/?m=${y}`, to: `/archive#year-${y}` })
    return out
  }

  /** Where an old address is kept (see above); null when it would hide a Placard page or lead to itself. */
  private async rowFor({ from, to }: OldAddress): Promise<Row | null> {
    const source = splitSource(from)
    if (!source) return null
    if (source.query) return { ...source, to }
    const bare = stripSlash(source.path)
    const [first, ...rest] = bare.slice(1).split('/')
    const placards = bare === '/' || (rest.length ? (PLACARD_PREFIXES as readonly string[]).includes(first!) : Boolean(await livePageAt(reader, bare)))
    const path = placards ? (source.path !== bare ? source.path : null) : bare
    if (!path || path === stripSlash(decodePath(to.split(/[?#]/)[0]!) ?? '')) return null
    return { path, query: '', to }
  }

  private async add(addresses: OldAddress[]) {
    for (const address of addresses) {
      const row = await this.rowFor(address)
      if (!row) continue
      const key = sourceKey(row.path, row.query)
      if (this.claimed.has(key)) continue
      this.claimed.add(key)
      this.pending.push(row)
    }
    if (this.pending.length >= BATCH) await this.flush()
  }

  private async flush() {
    const rows = this.pending
    this.pending = []
    if (!rows.length || this.dryRun) return
    const written = await db.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO redirects (id, from_path, from_query, to_path, status, source, updated_at)
      SELECT gen_random_uuid(), r.f, r.q, r.t, 301, 'wordpress', now()
      FROM unnest(${rows.map((r) => r.path)}::text[], ${rows.map((r) => r.query)}::text[], ${rows.map((r) => r.to)}::text[]) AS r(f, q, t)
      ON CONFLICT (from_path, from_query) DO UPDATE SET to_path = EXCLUDED.to_path, updated_at = now()
        WHERE redirects.source = 'wordpress' AND redirects.to_path <> EXCLUDED.to_path
      RETURNING (xmax = 0) AS inserted`
    for (const row of written) {
      if (row.inserted) this.made++
      else this.changed++
    }
  }

  /** A line for the import's report. */
  noteIn(report: ImportReport) {
    const kept = this.claimed.size - this.made - this.changed
    report.notes.push(
      this.dryRun
        ? 'Old addresses: the real import adds a redirect for each old address of what it brings across.'
        : `Old addresses: ${this.made} redirects added, ${this.changed} changed, ${kept} already as they were or set by an admin (see Redirects in the admin area).`,
    )
  }
}
