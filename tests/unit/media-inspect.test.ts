import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { detectImageType, inspectImage } from '@/lib/media/inspect'
import { ftypBox, oversizedJpeg, phpScript, photoWithGps, pngDeclaring, svgWithScript } from '../support/images'

// Which files an editor may upload is decided by their bytes, never by their name or the
// browser's word; each refusal says what the file really is.

const bytes = (...values: (number | string)[]) => Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))))

describe('telling images from other files by their first bytes', () => {
  it('recognises the five formats the site accepts', () => {
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 'JFIF'))).toMatchObject({ ok: true, format: 'jpeg', mimeType: 'image/jpeg' })
    expect(detectImageType(bytes(0x89, 'PNG\r\n', 0x1a, '\n', 'rest'))).toMatchObject({ ok: true, format: 'png' })
    expect(detectImageType(bytes('GIF89a', 1, 0, 1, 0))).toMatchObject({ ok: true, format: 'gif' })
    expect(detectImageType(bytes('GIF87a'))).toMatchObject({ ok: true, format: 'gif' })
    expect(detectImageType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toMatchObject({ ok: true, format: 'webp', mimeType: 'image/webp' })
    expect(detectImageType(ftypBox('avif', ['mif1', 'miaf']))).toMatchObject({ ok: true, format: 'avif', mimeType: 'image/avif' })
    // Some encoders put avif only among the compatible brands.
    expect(detectImageType(ftypBox('mif1', ['avif', 'miaf']))).toMatchObject({ ok: true, format: 'avif' })
  })

  it('refuses a PHP script renamed .jpg, naming it', () => {
    expect(detectImageType(phpScript)).toEqual({ ok: false, message: expect.stringContaining('This file is not an image (it looks like text/PHP)') })
    expect(detectImageType(Buffer.from('\uFEFF  <?= `id` ?>'))).toMatchObject({ ok: false, message: expect.stringContaining('PHP') })
  })

  it('refuses SVG because it can carry scripts', () => {
    expect(detectImageType(svgWithScript)).toEqual({
      ok: false,
      message: expect.stringContaining('SVG images can’t be uploaded because they can contain scripts'),
    })
    expect(detectImageType(Buffer.from('<svg viewBox="0 0 1 1"></svg>'))).toMatchObject({ ok: false, message: expect.stringContaining('export a PNG or JPEG') })
  })

  it('names HTML, text, PDF, archives and HEIC photos for what they are', () => {
    expect(detectImageType(Buffer.from('<!DOCTYPE html><html><body>hi</body></html>'))).toMatchObject({ message: expect.stringContaining('text/HTML') })
    expect(detectImageType(Buffer.from('just some notes\nfrom a meeting\n'))).toMatchObject({ message: expect.stringContaining('plain text') })
    expect(detectImageType(Buffer.from('%PDF-1.7\n'))).toMatchObject({ message: expect.stringContaining('PDF') })
    expect(detectImageType(bytes('PK', 3, 4, 'word/document.xml'))).toMatchObject({ message: expect.stringContaining('ZIP') })
    expect(detectImageType(ftypBox('heic', ['mif1', 'heic']))).toMatchObject({ message: expect.stringContaining('HEIC') })
    expect(detectImageType(bytes('BM', 0, 0, 0, 0))).toMatchObject({ message: expect.stringContaining('BMP') })
    expect(detectImageType(bytes(0, 1, 2, 3, 200, 201, 0, 7))).toMatchObject({ ok: false, message: expect.stringContaining('not an image we can use') })
  })

  it('refuses an empty file', () => {
    expect(detectImageType(new Uint8Array())).toEqual({ ok: false, message: expect.stringContaining('The file is empty') })
  })
})

describe('inspecting an upload before decoding it', () => {
  it('accepts a real photo and reports its upright size', async () => {
    expect(await inspectImage(await photoWithGps(900, 600))).toEqual({ ok: true, format: 'jpeg', mimeType: 'image/jpeg', width: 900, height: 600 })
    const sideways = await sharp(await photoWithGps(900, 600))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    expect(await inspectImage(sideways)).toMatchObject({ ok: true, width: 600, height: 900 })
  })

  it('accepts AVIF, the format phones increasingly send', async () => {
    const avif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0f766e' } })
      .avif()
      .toBuffer()
    expect(await inspectImage(avif)).toMatchObject({ ok: true, format: 'avif', width: 64, height: 48 })
  })

  it('refuses a file over 20 MB, saying how large it is', async () => {
    expect(await inspectImage(oversizedJpeg(50))).toEqual({ ok: false, message: expect.stringContaining('Images can be at most 20 MB; this one is 50 MB') })
  })

  it('refuses a decompression bomb from its header, before decoding a pixel', async () => {
    const bomb = await pngDeclaring(30_000, 30_000)
    expect(bomb.length).toBeLessThan(200)
    expect(await inspectImage(bomb)).toEqual({ ok: false, message: expect.stringContaining('30000 × 30000 pixels (900 megapixels)') })
  })

  it('refuses a file that starts like a JPEG but is not one', async () => {
    expect(await inspectImage(bytes(0xff, 0xd8, 0xff, 0xe0, 'this is not really a jpeg'))).toEqual({
      ok: false,
      message: expect.stringContaining('damaged or incomplete'),
    })
  })
})
