import sharp from 'sharp'
import { MAX_PIXELS, MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/media/schemas'

// Decides whether an upload is an image we will decode, from its bytes alone: the file name
// and the browser's declared type are the uploader's word, and a PHP script renamed .jpg
// carries both. Only five raster formats pass; everything else is refused with a message that
// names what the file really is, so an editor knows what to do instead. A file that passes is
// never stored as sent: process.ts decodes and re-encodes it, so whatever else a polyglot file
// carried (a script in a JPEG comment, GPS in EXIF) does not survive.

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif'

export const MIME_TYPES: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
}

export type Detection = { ok: true; format: ImageFormat; mimeType: string } | { ok: false; message: string }
export type Inspection = { ok: true; format: ImageFormat; mimeType: string; width: number; height: number } | { ok: false; message: string }

const USE_INSTEAD = 'Upload a JPEG, PNG, WebP, GIF or AVIF picture.'
export const EMPTY_MESSAGE = 'The file is empty (0 bytes). Choose the picture again; if it came from a message or a cloud drive, download it fully first.'
export const SVG_MESSAGE = 'SVG images can’t be uploaded because they can contain scripts; export a PNG or JPEG instead.'
export const HEIC_MESSAGE =
  'This is a HEIC photo (the iPhone’s own format), which browsers can’t show. Export it as JPEG, or on the iPhone choose Settings → Camera → Formats → Most Compatible.'
export const DAMAGED_MESSAGE =
  'This image file is damaged or incomplete and can’t be read. Open it on your device, save a new copy as JPEG or PNG, and upload that.'

const notAnImage = (what: string) => `This file is not an image (it looks like ${what}). ${USE_INSTEAD}`

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0) {
  return signature.every((b, i) => bytes[offset + i] === b)
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))

/** Brands of an ISO-BMFF `ftyp` box (AVIF, HEIC), or null when there is none. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null
  const boxSize = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length, 256)
  const brands = [ascii(bytes, 8, 12)]
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4))
  return brands
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1'])

/** The image format named by the file's first bytes, or the reason it is refused. */
export function detectImageType(bytes: Uint8Array): Detection {
  if (bytes.length === 0) return { ok: false, message: EMPTY_MESSAGE }
  const found = (format: ImageFormat): Detection => ({ ok: true, format, mimeType: MIME_TYPES[format] })
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return found('jpeg')
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return found('png')
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return found('gif')
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return found('webp')
  const brands = ftypBrands(bytes)
  if (brands?.some((b) => b === 'avif' || b === 'avis')) return found('avif')
  if (brands?.some((b) => HEIC_BRANDS.has(b))) return { ok: false, message: HEIC_MESSAGE }
  return { ok: false, message: describeNonImage(bytes) }
}

/** What a refused file most likely is, for the message. */
function describeNonImage(bytes: Uint8Array): string {
  if (ascii(bytes, 0, 5) === '%PDF-') return notAnImage('a PDF document')
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return notAnImage('a ZIP archive, or a Word or Excel file')
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*' || ascii(bytes, 0, 2) === 'BM') {
    return `TIFF and BMP images can’t be shown on the web. ${USE_INSTEAD}`
  }
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .toLowerCase()
  // PHP first: a script may well contain "<svg" or "<html" in a string.
  if (head.includes('<?php') || head.trimStart().startsWith('<?=')) return notAnImage('text/PHP')
  if (/<svg[\s>]/.test(head)) return SVG_MESSAGE
  if (/<(!doctype html|html|script|body|head)[\s>]/.test(head)) return notAnImage('text/HTML')
  if (looksLikeText(bytes.subarray(0, 4096))) return notAnImage('plain text')
  return `This file is not an image we can use: its contents are not a JPEG, PNG, WebP, GIF or AVIF picture, whatever its name says. ${USE_INSTEAD}`
}

function looksLikeText(sample: Uint8Array) {
  let printable = 0
  for (const b of sample) {
    if (b === 0) return false
    if (b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)) printable++
  }
  return printable / sample.length > 0.95
}

export function tooManyPixelsMessage(width: number, height: number) {
  const megapixels = Math.round((width * height) / 1_000_000)
  return `This image is too big to process: ${width} × ${height} pixels (${megapixels} megapixels). Images can have at most ${MAX_PIXELS / 1_000_000} megapixels (8000 × 6000 is fine); resize it and try again.`
}

/**
 * Everything that can be checked before decoding: size, format, and the dimensions the header
 * declares. A decompression bomb (a few KB declaring 30000 × 30000 pixels) stops here, before
 * any pixel is decoded; process.ts repeats the limit in sharp itself as a second gate.
 */
export async function inspectImage(bytes: Uint8Array): Promise<Inspection> {
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, message: tooLargeMessage(bytes.length) }
  const detected = detectImageType(bytes)
  if (!detected.ok) return detected
  let width: number | undefined
  let height: number | undefined
  try {
    // Reads the header only; no limit here, so the real dimensions can be reported.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata()
    width = meta.autoOrient?.width ?? meta.width
    height = meta.autoOrient?.height ?? meta.height
  } catch {
    return { ok: false, message: DAMAGED_MESSAGE }
  }
  if (!width || !height) return { ok: false, message: DAMAGED_MESSAGE }
  if (width * height > MAX_PIXELS) return { ok: false, message: tooManyPixelsMessage(width, height) }
  return { ...detected, width, height }
}
