import 'server-only'
import sharp from 'sharp'
import { AppError } from '@/lib/errors'
import { DAMAGED_MESSAGE } from '@/lib/media/inspect'
import { MAX_PIXELS } from '@/lib/media/schemas'
import { createMediaDir, mediaFilePath } from '@/lib/media/storage'
import { largestWidthFor, widthsUpTo } from '@/lib/media/variants'

// Turns an inspected upload into the files the site serves (see variants.ts for the layout).
// The image is decoded once, turned upright from its EXIF orientation and scaled to its
// largest stored width, into raw sRGB pixels; every file is encoded from those pixels. Raw
// pixels carry no metadata at all, so no EXIF, GPS position, camera serial or embedded
// thumbnail can reach a published file: a photo from a protest must not say where its
// photographer stood.

const WEBP_QUALITY = 78
const JPEG_QUALITY = 80

export type ProcessedImage = { width: number; height: number; variantWidths: number[] }

/** Writes `<key>/<w>.webp` for every stored width and `<key>/<largest>.jpg`; the caller removes the folder if anything later fails. */
export async function writeVariants(bytes: Uint8Array, key: string, uprightWidth: number): Promise<ProcessedImage> {
  const decoded = await decodeUpright(bytes, largestWidthFor(uprightWidth))
  const { width, height, channels } = decoded.info
  const pixels = () => sharp(decoded.data, { raw: { width, height, channels } })
  await createMediaDir(key)
  const widths = widthsUpTo(width)
  await Promise.all([
    ...widths.map((w) =>
      pixels()
        .resize({ width: w, withoutEnlargement: true })
        .webp({ quality: WEBP_QUALITY })
        .toFile(mediaFilePath({ key, width: w, format: 'webp' })),
    ),
    // JPEG has no transparency: a transparent PNG logo gets a white ground rather than black.
    pixels()
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toFile(mediaFilePath({ key, width, format: 'jpg' })),
  ])
  return { width, height, variantWidths: widths }
}

type Decoded = { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } }

async function decodeUpright(bytes: Uint8Array, largest: number): Promise<Decoded> {
  try {
    // 'error' rather than sharp's default 'warning': phones write slightly irregular JPEGs that
    // decode fine, and refusing them would only confuse editors. Animated GIF and WebP keep
    // their first frame (pages: 1, the default).
    const result = await sharp(bytes, { limitInputPixels: MAX_PIXELS, autoOrient: true, failOn: 'error' })
      .resize({ width: largest, withoutEnlargement: true })
      // CMYK and 16-bit inputs become plain 8-bit sRGB, the only thing the encoders below get.
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true })
    return { data: result.data, info: { width: result.info.width, height: result.info.height, channels: result.info.channels } }
  } catch {
    // Only undecodable input fails here (inspect.ts already checked format and size).
    throw new AppError(DAMAGED_MESSAGE)
  }
}
