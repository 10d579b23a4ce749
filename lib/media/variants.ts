// Which sizes of an upload exist, and the one convention that lets a page know all of them
// from a single URL, without a database lookup at render time.
//
// An upload is stored as `<key>/<w>.webp` for every standard width smaller than the image,
// plus the image's own width capped at MAX_STORED_WIDTH (its "largest" size), and
// `<key>/<largest>.jpg` as a fallback for old software (feed readers, e-mail clients). The set
// of widths is therefore a function of the largest width alone: posts store
// `/media/<key>/<largest>.webp` (what the picker hands out), and the srcset is derived from that
// number (responsive.ts). A smaller size's URL works too, because every width below it exists.
// Changing STANDARD_WIDTHS later would need the old uploads re-rendered; keep it fixed.
// No server imports: the picker and the public pages use it alike.

export const STANDARD_WIDTHS = [400, 800, 1200, 1600] as const
export const MAX_STORED_WIDTH = 2400

/** Random, never derived from the uploader's file name (lib/media/storage.ts makes them). */
export const STORAGE_KEY_PATTERN = /^[a-f0-9]{24}$/

export type MediaFormat = 'webp' | 'jpg'
export type MediaFile = { key: string; width: number; format: MediaFormat }

export function largestWidthFor(originalWidth: number) {
  return Math.min(originalWidth, MAX_STORED_WIDTH)
}

/** Every width stored for an upload whose largest size is `largest`, ascending. */
export function widthsUpTo(largest: number): number[] {
  return [...STANDARD_WIDTHS.filter((w) => w < largest), largest]
}

export function variantWidthsFor(originalWidth: number): number[] {
  return widthsUpTo(largestWidthFor(originalWidth))
}

export function mediaUrl(key: string, width: number, format: MediaFormat = 'webp') {
  return `/media/${key}/${width}.${format}`
}

const FILE_NAME = /^([1-9]\d{0,3})\.(webp|jpg)$/

/** `<width>.webp` or `<width>.jpg` with a plausible width, else null. */
export function parseMediaFileName(key: string, fileName: string): MediaFile | null {
  if (!STORAGE_KEY_PATTERN.test(key)) return null
  const match = FILE_NAME.exec(fileName)
  if (!match) return null
  const width = Number(match[1])
  if (width > MAX_STORED_WIDTH) return null
  return { key, width, format: match[2] as MediaFormat }
}

/** `/media/<key>/<width>.<format>` (exactly; no query, no traversal), else null. */
export function parseMediaUrl(url: string): MediaFile | null {
  const match = /^\/media\/([^/]+)\/([^/]+)$/.exec(url)
  return match ? parseMediaFileName(match[1]!, match[2]!) : null
}
