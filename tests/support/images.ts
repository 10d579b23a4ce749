import { crc32 } from 'node:zlib'
import sharp from 'sharp'

// Image files for the media tests, made on the spot: real photos as a phone would send them
// (EXIF with a GPS position, a rotation flag) and the files an attacker or a confused editor
// would upload instead.

/** A JPEG photo with a GPS position and camera details in its EXIF (as phones write them). */
export async function photoWithGps(width = 3000, height = 2000) {
  const image = sharp({ create: { width, height, channels: 3, background: '#b91c1c' } }).withExif({
    IFD0: { Make: 'PhoneMaker', Model: 'Model X' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '42/1 41/1 50/1', GPSLongitudeRef: 'E', GPSLongitude: '23/1 19/1 20/1' },
  })
  return image.jpeg({ quality: 80 }).toBuffer()
}

/** True when EXIF data holds a GPS block (tag 0x8825, in either byte order). */
export function hasGpsBlock(exif: Buffer | undefined) {
  return Boolean(exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))))
}

/** A PNG with transparency (a logo, say). */
export function transparentPng(width = 1000, height = 800) {
  return sharp({ create: { width, height, channels: 4, background: { r: 15, g: 118, b: 110, alpha: 0.5 } } })
    .png()
    .toBuffer()
}

/**
 * A decompression bomb's header: a real 1×1 PNG whose header is rewritten to declare
 * width × height pixels (with a valid checksum, so decoders believe it). Decoding it would try
 * to allocate gigabytes; reading its header costs nothing.
 */
export async function pngDeclaring(width: number, height: number) {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer(),
  )
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

export const phpScript = Buffer.from("<?php system($_GET['cmd']); ?>\n")
export const svgWithScript = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')

/** `megabytes` MB that start like a JPEG: cheap to make, refused on size alone. */
export function oversizedJpeg(megabytes: number) {
  const bytes = Buffer.alloc(megabytes * 1024 * 1024)
  bytes.set([0xff, 0xd8, 0xff, 0xe0])
  return bytes
}

/** The ISO-BMFF file-type box that opens AVIF and HEIC files. */
export function ftypBox(major: string, compatible: string[]) {
  const brands = [major, '\0\0\0\0', ...compatible].join('')
  const box = Buffer.alloc(8 + brands.length + 16)
  box.writeUInt32BE(8 + brands.length, 0)
  box.write(`ftyp${brands}`, 4, 'latin1')
  return box
}
