import { z } from 'zod'

// What crosses the network about media: limits, the zod schemas for the upload fields, the
// library's search and the edit/delete forms, and the JSON shape the admin screens receive.
// No server imports: the uploader and the picker (client components) use the same limits
// and messages, so a phone refuses a 50 MB photo before sending a single byte.

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
/** Decoded size limit: a 50-megapixel image already needs ~200 MB of memory to resize. */
export const MAX_PIXELS = 50_000_000
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'] as const

export const ALT_MAX = 300
export const CAPTION_MAX = 500
export const CREDIT_MAX = 200

const MB = 1024 * 1024

/** "20", "2.5": sizes people read, without a trailing ".0". */
export function megabytes(bytes: number) {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0).replace(/\.0$/, '')
}

export function tooLargeMessage(bytes: number | null) {
  const size = bytes === null ? 'larger' : `${megabytes(bytes)} MB`
  return `Images can be at most ${megabytes(MAX_UPLOAD_BYTES)} MB; this one is ${size}. Resize it or export it at a lower quality, then try again.`
}

const alt = z.string().trim().max(ALT_MAX, `Keep the description under ${ALT_MAX} characters.`)
const caption = z.string().trim().max(CAPTION_MAX, `Keep the caption under ${CAPTION_MAX} characters.`)
const credit = z.string().trim().max(CREDIT_MAX, `Keep the credit under ${CREDIT_MAX} characters.`)

/** The text fields sent with an upload; all optional, the library prompts for alt text later. */
export const uploadFieldsSchema = z.object({
  alt: alt.default(''),
  caption: caption.default(''),
  credit: credit.default(''),
})

const mediaId = z.uuid('That image no longer exists; reload the page.')

export const updateMediaSchema = z.object({ id: mediaId, alt: alt.default(''), caption: caption.default(''), credit: credit.default('') })

export const deleteMediaSchema = z.object({ id: mediaId })

/** ?q= and ?page= of the library page and the picker's list; anything odd falls back. */
export const mediaQuerySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

/** One image as the admin screens see it. `url` is the largest stored size (see variants.ts). */
export type MediaJson = {
  id: string
  url: string
  thumbnailUrl: string
  srcset: string
  width: number
  height: number
  alt: string
  caption: string
  credit: string
  originalName: string
  createdAt: string
}

export type UploadReply = { ok: true; media: MediaJson } | { ok: false; message: string }
export type ListReply = { ok: true; items: MediaJson[]; hasMore: boolean } | { ok: false; message: string }
