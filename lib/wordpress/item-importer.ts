import 'server-only'
import { db } from '@/lib/db/client'
import { excerptFrom } from '@/lib/posts/excerpt'
import { convertBody, outsidePicturesIn, uploadUrlsIn } from '@/lib/wordpress/body'
import { plainText, postMoment, slugFromWordpress } from '@/lib/wordpress/fields'
import { importedPostSchema, writeImportedItem, type ImportedItem } from '@/lib/wordpress/items'
import type { MediaImporter } from '@/lib/wordpress/media'
import { ensureAuthor, ensureCategory, type Lookup } from '@/lib/wordpress/people-and-categories'
import { count, noteShortcode, skip, type ImportReport } from '@/lib/wordpress/report'
import type { WxrAuthor, WxrCategory, WxrItem } from '@/lib/wordpress/wxr-reader'

// One WordPress item of the second pass: skipped with its reason, or converted (text, date,
// author, categories, pictures) and written. A failure is the item's alone: it is reported
// with its reason and the import goes on.

export type ImportOptions = {
  dryRun: boolean
  uploadsDir?: string
  /** Slug of the Placard petition that WordPress's [signature] shortcode becomes. */
  signaturePetition?: string
  /** Called after each item of the second pass, with how many have been read (a progress line, a benchmark). */
  onItem?: (itemsRead: number) => void
  /** Called as the file is read: pass 1 checks the whole file, pass 2 imports. May throw to stop the import. */
  onProgress?: (progress: { pass: 1 | 2; bytesRead: number }) => void
}

export type Attachment = { url: string; alt: string; caption: string }
export type Scan = { site: string; authors: WxrAuthor[]; categories: WxrCategory[]; attachments: Map<string, Attachment> }

const SKIPPED_STATUS: Record<string, string> = {
  draft: 'draft',
  'auto-draft': 'draft',
  pending: 'draft (pending review)',
  private: 'private',
  trash: 'in the trash',
  future: 'scheduled in WordPress, not yet published',
}
const SKIPPED_TYPE: Record<string, string> = {
  revision: 'revision',
  nav_menu_item: 'navigation menu item',
  attachment: 'attachment entry (its file comes in when a post uses it)',
}

export class ItemImporter {
  private offsetMinutes: number | null = null
  readonly authors: Lookup = new Map()
  readonly categories: Lookup = new Map()
  /** Runs after each post or page is written or found as it was (the old addresses' redirects). */
  afterItem?: (item: WxrItem, kind: 'post' | 'page') => Promise<void>

  constructor(
    private readonly scanned: Scan,
    private readonly options: ImportOptions,
    private readonly report: ImportReport,
    private readonly media: MediaImporter,
  ) {}

  async authorId(login: string): Promise<string> {
    const known = this.authors.get(login)
    if (known) return known
    const author = this.scanned.authors.find((a) => a.login === login) ?? { login, email: '', displayName: login, firstName: '', lastName: '' }
    const id = await ensureAuthor(author, this.scanned.site, this.report)
    this.authors.set(login, id)
    return id
  }

  private async categoryIds(item: WxrItem): Promise<string[]> {
    const ids: string[] = []
    for (const term of item.terms.filter((t) => t.domain === 'category' && t.slug)) {
      if (!this.categories.has(term.slug)) {
        const declared = this.scanned.categories.find((c) => c.slug === term.slug)
        const id = await ensureCategory(
          declared ?? { termId: '', slug: term.slug, parent: '', name: term.name, description: '' },
          this.scanned.site,
          this.report,
        )
        this.categories.set(term.slug, id ?? '')
      }
      const id = this.categories.get(term.slug)
      if (id && !ids.includes(id)) ids.push(id)
    }
    if (ids.length) return ids
    // A post always sits in a category in Placard: the oldest one, as in the editor.
    const fallback = await db.category.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true } })
    if (!fallback) throw new Error('it has no category and Placard has none yet')
    return [fallback.id]
  }

  async convert(item: WxrItem, kind: 'post' | 'page', label: string): Promise<ImportedItem> {
    const f = item.fields
    const moment = postMoment(f['wp:post_date'] ?? '', f['wp:post_date_gmt'] ?? '', this.offsetMinutes)
    this.offsetMinutes = moment.offsetMinutes
    const content = f['content:encoded'] ?? ''
    const urls = new Map<string, string>()
    for (const url of uploadUrlsIn(content)) {
      const local = await this.media.placardUrl(url, label)
      if (local) urls.set(url, local)
    }
    const bodyHtml = convertBody(content, {
      signaturePetition: this.options.signaturePetition,
      onUnknown: (name) => noteShortcode(this.report, name, label),
      mediaUrl: (url) => urls.get(url),
    })
    const ownExcerpt = plainText(f['excerpt:encoded'] ?? '')
    const excerpt = ownExcerpt ? excerptFrom(ownExcerpt, 600) : excerptFrom(bodyHtml)
    const title = plainText(f.title ?? '') || excerptFrom(bodyHtml, 80)
    const thumbnail = this.scanned.attachments.get((item.meta._thumbnail_id ?? '').trim())
    const imageUrl = thumbnail && kind === 'post' ? await this.media.placardUrl(thumbnail.url, label) : undefined
    const checked = importedPostSchema.parse({ title, excerpt, bodyHtml, publishedAt: moment.at })
    const wpSlug = (f['wp:post_name'] ?? '').trim()
    return {
      kind,
      site: this.scanned.site,
      wpId: (f['wp:post_id'] ?? '').trim(),
      wpSlug,
      wpUrl: (f.link ?? '').trim(),
      wpGuid: (f.guid ?? '').trim(),
      wpParent: (f['wp:post_parent'] ?? '0').trim(),
      slug: slugFromWordpress(wpSlug, title),
      ...checked,
      authorId: kind === 'post' ? await this.authorId((f['dc:creator'] ?? '').trim() || 'wordpress') : '',
      categoryIds: kind === 'post' ? await this.categoryIds(item) : [],
      image: imageUrl ? { url: imageUrl, alt: thumbnail!.alt || title, caption: thumbnail!.caption } : null,
    }
  }

  private countLeftOut(item: WxrItem) {
    const left = this.report.notImported
    left.comments += item.comments
    if (item.terms.some((t) => t.domain === 'post_tag')) left.postsWithTags++
    left.outsidePictures += outsidePicturesIn(item.fields['content:encoded'] ?? '')
  }

  async importItem(item: WxrItem, line: number) {
    const f = item.fields
    const type = (f['wp:post_type'] ?? '').trim()
    const status = (f['wp:status'] ?? '').trim()
    const label = `“${plainText(f.title ?? '') || '(no title)'}” (WordPress id ${(f['wp:post_id'] ?? '?').trim()}, line ${line})`
    if (SKIPPED_TYPE[type]) return skip(this.report, SKIPPED_TYPE[type])
    if (type !== 'post' && type !== 'page') return skip(this.report, `other content type “${type || 'none'}”`)
    if (status !== 'publish') return skip(this.report, SKIPPED_STATUS[status] ?? `status “${status}”`)
    // Published behind a password in WordPress: importing it would show it to everyone.
    if ((f['wp:post_password'] ?? '').trim()) return skip(this.report, 'password-protected')
    const kind = type === 'post' ? 'post' : 'page'
    try {
      const converted = await this.convert(item, kind, label)
      const result = await writeImportedItem(converted, this.options.dryRun)
      this.countLeftOut(item)
      count(this.report, kind === 'post' ? 'posts' : 'pages', result.outcome)
      if (result.reason) skip(this.report, `${kind} ${result.reason} (kept as it is)`)
      await this.afterItem?.(item, kind)
    } catch (error) {
      const issues = (error as { issues?: { message: string }[] }).issues
      this.report.failed.push({ item: label, reason: issues?.map((i) => i.message).join('; ') ?? (error as Error).message })
    }
  }
}
