import 'server-only'
import { stat } from 'node:fs/promises'
import { recordAudit } from '@/lib/audit/record'
import { db } from '@/lib/db/client'
import { plainText } from '@/lib/wordpress/fields'
import { ItemImporter, type ImportOptions, type Scan } from '@/lib/wordpress/item-importer'
import { IMPORT_ACTOR, MediaImporter } from '@/lib/wordpress/media'
import { ensureAuthor, ensureCategory } from '@/lib/wordpress/people-and-categories'
import { emptyReport, formatReport, type ImportReport } from '@/lib/wordpress/report'
import { WordpressRedirects } from '@/lib/wordpress/redirects'
import { readWxr, WxrError } from '@/lib/wordpress/wxr-reader'
import { paths } from '@/lib/paths'

// `npm run import:wordpress`: two passes over the export, both streaming. The first reads the
// whole file without storing anything: a file that is not well-formed WXR is refused before a
// single row is written, and the authors, categories and attachments (small lists, at the top
// or spread through the file) are known before the first post. The second pass imports each
// post and page as it is read.

export type { ImportOptions }

async function scan(file: string, onBytes?: (bytesRead: number) => void): Promise<Scan> {
  const result: Scan = { site: '', authors: [], categories: [], attachments: new Map() }
  for await (const record of readWxr(file, onBytes)) {
    if (record.kind === 'site') result.site = (record.site.baseBlogUrl || record.site.baseSiteUrl).replace(/\/+$/, '')
    else if (record.kind === 'author') result.authors.push(record.author)
    else if (record.kind === 'category') result.categories.push(record.category)
    else if (record.item.fields['wp:post_type'] === 'attachment') {
      const f = record.item.fields
      result.attachments.set((f['wp:post_id'] ?? '').trim(), {
        url: (f['wp:attachment_url'] ?? '').trim(),
        alt: (record.item.meta._wp_attachment_image_alt ?? '').trim(),
        caption: plainText(f['excerpt:encoded'] ?? ''),
      })
    }
  }
  if (!result.site) throw new WxrError('The export does not say which WordPress site it came from (no <wp:base_site_url> or <link>).')
  return result
}

async function checkOptions(file: string, options: ImportOptions) {
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) throw new WxrError(`There is no file at ${file}.`)
  if (info.size === 0) throw new WxrError('The file is empty (0 bytes). Export again from WordPress with Tools → Export → All content.')
  if (options.uploadsDir && !(await stat(options.uploadsDir).catch(() => null))?.isDirectory())
    throw new WxrError(`--uploads ${options.uploadsDir} is not a folder. Give the copy of wp-content/uploads.`)
  if (options.signaturePetition && !(await db.petition.findUnique({ where: { slug: options.signaturePetition }, select: { id: true } })))
    throw new WxrError(
      `--map-signature: there is no petition with the address ${paths.petition(options.signaturePetition)}. Create it first, or leave the option out.`,
    )
}

export async function importWordpress(file: string, options: ImportOptions): Promise<ImportReport> {
  await checkOptions(file, options)
  const report = emptyReport(file, options.dryRun)
  const scanned = await scan(file, options.onProgress && ((bytesRead) => options.onProgress!({ pass: 1, bytesRead })))
  report.site = scanned.site
  const media = new MediaImporter(scanned.site, options.uploadsDir, options.dryRun, report)
  const importer = new ItemImporter(scanned, options, report, media)
  for (const author of scanned.authors) importer.authors.set(author.login, await ensureAuthor(author, scanned.site, report))
  for (const category of scanned.categories) importer.categories.set(category.slug, (await ensureCategory(category, scanned.site, report)) ?? '')
  if (scanned.categories.some((c) => c.parent))
    report.notes.push('Categories are flat in Placard: a child category became a category of its own, and its posts are in it (not also in its parent).')
  const redirects = new WordpressRedirects(scanned.site, options.dryRun)
  importer.afterItem = (item, kind) => redirects.forItem(item, kind)
  let itemsRead = 0
  for await (const record of readWxr(file, options.onProgress && ((bytesRead) => options.onProgress!({ pass: 2, bytesRead })))) {
    if (record.kind !== 'item') continue
    await importer.importItem(record.item, record.line)
    options.onItem?.(++itemsRead)
  }
  await redirects.forSite(scanned, { categories: importer.categories, authors: importer.authors, uploads: await media.uploads() })
  redirects.noteIn(report)
  if (!options.dryRun) {
    await recordAudit(db, { id: null, label: IMPORT_ACTOR.email }, { action: 'wordpress.import', summary: summaryLine(report) })
  }
  return report
}

function summaryLine(report: ImportReport) {
  const { posts, pages } = report.counts
  return `${report.site}: posts ${posts.imported} new, ${posts.updated} updated, ${posts.unchanged} unchanged; pages ${pages.imported} new, ${pages.updated} updated; ${report.failed.length} failed`
}

export { formatReport, WxrError }
