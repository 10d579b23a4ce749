import 'server-only'
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { db } from '@/lib/db/client'
import { inspectImage } from '@/lib/media/inspect'
import { MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/media/schemas'
import { storeUpload } from '@/lib/media/upload'
import { mediaUrl } from '@/lib/media/variants'
import { noteMissingMedia, count, type ImportReport } from '@/lib/wordpress/report'
import { originalCandidates, uploadsPath } from '@/lib/wordpress/upload-paths'

// Files a post points at under wp-content/uploads, brought in from the uploads folder the
// campaign copied, through the same pipeline as an upload in the admin area (checked, resized,
// stripped of metadata, stored under a random key). WordPress's own resized copies
// (photo-300x200.jpg) and its "-scaled" originals lead back to the full picture, so each
// picture is imported once, in Placard's own sizes. A file already imported (by an earlier
// run) is found again through wordpress_items and not imported twice.

export const IMPORT_ACTOR = { id: null, email: 'WordPress import (command line)' }

export class MediaImporter {
  private readonly resolved = new Map<string, string | null>()
  /** By the file found, which several addresses (the small copies) can lead to. */
  private readonly byFile = new Map<string, Promise<string | null>>()

  constructor(
    private readonly site: string,
    private readonly uploadsDir: string | undefined,
    private readonly dryRun: boolean,
    private readonly report: ImportReport,
  ) {}

  /** The Placard address for a WordPress upload's URL, importing the file on first use; undefined when it can't be had. */
  async placardUrl(url: string, usedIn: string): Promise<string | undefined> {
    const relative = uploadsPath(url)
    if (!relative) return undefined
    if (!this.resolved.has(relative)) this.resolved.set(relative, await this.importFile(url, relative))
    const found = this.resolved.get(relative)
    if (found === null) this.noteMissing(url, usedIn)
    return found ?? undefined
  }

  /** Every upload address (relative to wp-content/uploads) that led to an imported file, and the file's own, with its Placard address. */
  async uploads(): Promise<[string, string][]> {
    const found = new Map([...this.resolved].filter((entry): entry is [string, string] => Boolean(entry[1])))
    for (const [relative, url] of this.byFile) if (!found.has(relative)) found.set(relative, (await url) ?? '')
    return [...found].filter(([, url]) => url && !url.startsWith('/media/dry-run/'))
  }

  private reasons = new Map<string, string>()
  private noteMissing(url: string, usedIn: string) {
    noteMissingMedia(this.report, url, this.reasons.get(uploadsPath(url)!) ?? 'not found', usedIn)
  }

  private async importFile(url: string, relative: string): Promise<string | null> {
    if (!this.uploadsDir) return this.fail(relative, 'no --uploads folder was given')
    const file = await this.findFile(relative)
    if (!file) return this.fail(relative, `not in ${this.uploadsDir}`)
    if (!this.byFile.has(file.relative)) this.byFile.set(file.relative, this.importOnce(url, file))
    const found = await this.byFile.get(file.relative)!
    return found ?? this.fail(relative, this.reasons.get(file.relative) ?? 'not an image')
  }

  private fail(relative: string, reason: string) {
    this.reasons.set(relative, reason)
    return null
  }

  private async importOnce(url: string, file: { relative: string; absolute: string }): Promise<string | null> {
    const existing = await db.wordpressItem.findUnique({ where: { site_kind_wpId: { site: this.site, kind: 'media', wpId: file.relative } } })
    const media = existing && (await db.media.findUnique({ where: { id: existing.entityId } }))
    if (media) {
      count(this.report, 'media', 'unchanged')
      return mediaUrl(media.storageKey, media.variantWidths.at(-1) ?? media.width)
    }
    // Checked before reading: a post may link a 500 MB video, which must not be read into memory.
    const size = (await stat(file.absolute)).size
    if (size > MAX_UPLOAD_BYTES) return this.fail(file.relative, tooLargeMessage(size))
    const bytes = await readFile(file.absolute)
    if (this.dryRun) {
      const inspected = await inspectImage(bytes)
      if (!inspected.ok) return this.fail(file.relative, inspected.message)
      count(this.report, 'media', 'imported')
      return `/media/dry-run/${file.relative}`
    }
    const outcome = await storeUpload({
      bytes,
      originalName: path.posix.basename(file.relative),
      fields: { alt: '', caption: '', credit: '' },
      actor: IMPORT_ACTOR,
      ipHash: null,
    })
    if (!outcome.ok) return this.fail(file.relative, outcome.message)
    const row = outcome.media
    await db.wordpressItem.upsert({
      where: { site_kind_wpId: { site: this.site, kind: 'media', wpId: file.relative } },
      create: { site: this.site, kind: 'media', wpId: file.relative, entityId: row.id, wpUrl: url, sourceHash: 'file' },
      update: { entityId: row.id, wpUrl: url },
    })
    count(this.report, 'media', 'imported')
    return mediaUrl(row.storageKey, row.variantWidths.at(-1) ?? row.width)
  }

  /** The first candidate that exists as a file inside the uploads folder (links out of it are refused). */
  private async findFile(relative: string): Promise<{ relative: string; absolute: string } | null> {
    const root = await realpath(this.uploadsDir!).catch(() => null)
    if (!root) return null
    for (const candidate of originalCandidates(relative)) {
      const absolute = await realpath(path.join(root, candidate)).catch(() => null)
      if (!absolute || !absolute.startsWith(root + path.sep)) continue
      if ((await stat(absolute)).isFile()) return { relative: candidate, absolute }
    }
    return null
  }
}
