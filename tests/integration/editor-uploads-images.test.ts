import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { deleteMedia, updateMedia } from '@/app/admin/(area)/media/actions'
import { GET as listRoute, POST as uploadRoute } from '@/app/api/admin/media/route'
import { GET as serveRoute } from '@/app/media/[...path]/route'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { usesOf } from '@/lib/media/library'
import { updatePostText } from '@/lib/posts/write'
import { asUser, formData, makeUser } from '../support/admin-session'
import { makeCategory, makePost, resetDatabase } from '../support/factories'
import { hasGpsBlock, oversizedJpeg, phpScript, photoWithGps, pngDeclaring, svgWithScript, transparentPng } from '../support/images'

// An editor uploads photos for a post: the real route handler, a real multipart body, a real
// session, PostgreSQL and files on disk. What is accepted is resized and stripped of its GPS
// position; what is refused says why and leaves nothing behind.

let mediaDir: string
type Editor = Awaited<ReturnType<typeof makeUser>>
let editor: Editor

beforeAll(() => {
  mediaDir = mkdtempSync(path.join(os.tmpdir(), 'placard-media-test-'))
  process.env.MEDIA_DIR = mediaDir
})

afterAll(() => {
  delete process.env.MEDIA_DIR
  rmSync(mediaDir, { recursive: true, force: true })
})

beforeEach(async () => {
  await resetDatabase()
  for (const entry of readdirSync(mediaDir)) rmSync(path.join(mediaDir, entry), { recursive: true, force: true })
  editor = await makeUser('editor')
})

function uploadRequest(file: Uint8Array, name: string, fields: Record<string, string> = {}) {
  const form = new FormData()
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), name)
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return new Request('http://localhost/api/admin/media', { method: 'POST', body: form })
}

async function upload(user: Editor | null, file: Uint8Array, name: string, fields?: Record<string, string>) {
  const response = await asUser(user, () => uploadRoute(uploadRequest(file, name, fields)))
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { ok: boolean; message?: string } }
}

type Uploaded = { id: string; url: string; width: number; height: number; srcset: string; alt: string }

async function uploaded(file: Uint8Array, name: string, fields?: Record<string, string>) {
  const { status, body } = await upload(editor, file, name, fields)
  expect(status, body.message).toBe(201)
  return body.media as Uploaded
}

const keyOf = (url: string) => url.split('/')[2]!

async function expectNothingStored() {
  expect(await db.media.count()).toBe(0)
  expect(await db.auditEntry.count({ where: { action: 'media.upload' } })).toBe(0)
  expect(readdirSync(mediaDir)).toEqual([])
}

describe('an editor uploads a photo', () => {
  it('is resized to the standard widths as WebP with a JPEG fallback, without its GPS position', async () => {
    const photo = await photoWithGps(3000, 2000)
    expect(hasGpsBlock((await sharp(photo).metadata()).exif), 'the original has a GPS position').toBe(true)
    const media = await uploaded(photo, 'protest.jpg', { alt: 'Workers outside the court', credit: 'Photo: Ana' })
    const key = keyOf(media.url)
    expect(media).toMatchObject({ url: `/media/${key}/2400.webp`, width: 2400, height: 1600, alt: 'Workers outside the court' })
    expect(media.srcset).toBe([400, 800, 1200, 1600, 2400].map((w) => `/media/${key}/${w}.webp ${w}w`).join(', '))

    expect(readdirSync(path.join(mediaDir, key)).sort()).toEqual(['1200.webp', '1600.webp', '2400.jpg', '2400.webp', '400.webp', '800.webp'])
    for (const file of readdirSync(path.join(mediaDir, key))) {
      const meta = await sharp(path.join(mediaDir, key, file)).metadata()
      expect(meta.width, file).toBe(Number(file.split('.')[0]))
      expect(meta.exif, `${file} keeps no EXIF (no GPS position)`).toBeUndefined()
    }

    const row = await db.media.findUniqueOrThrow({ where: { storageKey: key } })
    expect(row).toMatchObject({
      originalName: 'protest.jpg',
      mimeType: 'image/jpeg',
      width: 2400,
      height: 1600,
      variantWidths: [400, 800, 1200, 1600, 2400],
      credit: 'Photo: Ana',
      uploadedById: editor.id,
    })
    expect(await db.auditEntry.findFirst({ where: { action: 'media.upload', entityId: row.id } })).toMatchObject({ actorId: editor.id })
  })

  it('turns a sideways phone photo upright and never enlarges a small image', async () => {
    const sideways = await sharp(await photoWithGps(900, 600))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    const media = await uploaded(sideways, 'sideways.jpg')
    expect(media).toMatchObject({ width: 600, height: 900 })
    expect(readdirSync(path.join(mediaDir, keyOf(media.url))).sort()).toEqual(['400.webp', '600.jpg', '600.webp'])
  })

  it('accepts a transparent PNG', async () => {
    const media = await uploaded(await transparentPng(1000, 800), 'logo.png')
    expect(media).toMatchObject({ width: 1000, height: 800 })
    expect(readdirSync(path.join(mediaDir, keyOf(media.url))).sort()).toEqual(['1000.jpg', '1000.webp', '400.webp', '800.webp'])
  })

  it('serves the sizes with long caching, and nothing outside them', async () => {
    const media = await uploaded(await photoWithGps(900, 600), 'a.jpg')
    const key = keyOf(media.url)
    const serve = (...segments: string[]) =>
      serveRoute(new Request(`http://localhost/media/${segments.join('/')}`), { params: Promise.resolve({ path: segments }) })
    const response = await serve(key, '400.webp')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(400)
    expect((await serve(key, '900.jpg')).headers.get('content-type')).toBe('image/jpeg')
    for (const segments of [
      [key, '1200.webp'],
      [key, '400.png'],
      ['..', '..', 'etc', 'passwd'],
      ['..', `${key}`, '400.webp'],
      [key],
      ['ffffffffffffffffffffffff', '400.webp'],
    ]) {
      expect((await serve(...segments)).status, segments.join('/')).toBe(404)
    }
  })

  it('finds images by name, description or caption', async () => {
    await uploaded(await photoWithGps(500, 400), 'court.jpg', { caption: 'The hearing in March' })
    await uploaded(await photoWithGps(500, 400), 'strike.jpg', { alt: 'Dockers on strike' })
    const list = async (q: string) => {
      const response = await asUser(editor, () => listRoute(new Request(`http://localhost/api/admin/media?q=${encodeURIComponent(q)}`)))
      return ((await response.json()) as { items: { originalName: string }[] }).items.map((i) => i.originalName)
    }
    expect(await list('')).toEqual(['strike.jpg', 'court.jpg'])
    expect(await list('hearing')).toEqual(['court.jpg'])
    expect(await list('DOCKERS')).toEqual(['strike.jpg'])
  })
})

describe('uploads that are refused, with nothing stored', () => {
  it.each([
    ['a PHP script renamed .jpg', () => phpScript, 'shell.jpg', 'This file is not an image (it looks like text/PHP)'],
    ['an SVG with a script', () => svgWithScript, 'logo.svg', 'SVG images can’t be uploaded because they can contain scripts'],
    ['a zero-byte file', () => new Uint8Array(), 'empty.jpg', 'The file is empty'],
    ['a decompression bomb', () => pngDeclaring(30_000, 30_000), 'bomb.png', 'too big to process: 30000 × 30000 pixels'],
  ])('%s', async (_what, make, name, message) => {
    const { status, body } = await upload(editor, await make(), name)
    expect(status).toBe(422)
    expect(body).toEqual({ ok: false, message: expect.stringContaining(message) })
    await expectNothingStored()
  })

  it('a 50 MB image, from its declared length, before reading it', async () => {
    const plain = uploadRequest(oversizedJpeg(50), 'huge.jpg')
    const body = new Uint8Array(await plain.arrayBuffer())
    const declared = new Request(plain.url, {
      method: 'POST',
      body,
      headers: { 'content-type': plain.headers.get('content-type')!, 'content-length': String(body.length) },
    })
    const response = await asUser(editor, () => uploadRoute(declared))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ ok: false, message: expect.stringContaining('Images can be at most 20 MB; this one is 50 MB') })
    await expectNothingStored()
  })

  it('a 50 MB image without a declared length, cut off while reading', async () => {
    const { status, body } = await upload(editor, oversizedJpeg(50), 'huge.jpg')
    expect(status).toBe(413)
    expect(body.message).toContain('Images can be at most 20 MB')
    await expectNothingStored()
  })

  it('anyone without a session gets 401, a moderator 403', async () => {
    const photo = await photoWithGps(500, 400)
    expect(await upload(null, photo, 'a.jpg')).toEqual({ status: 401, body: { ok: false, message: NOT_SIGNED_IN } })
    expect(await upload(await makeUser('moderator'), photo, 'a.jpg')).toEqual({ status: 403, body: { ok: false, message: NOT_ALLOWED } })
    const listed = await asUser(await makeUser('moderator'), () => listRoute(new Request('http://localhost/api/admin/media')))
    expect(listed.status).toBe(403)
    await expectNothingStored()
  })
})

describe('editing and deleting library images', () => {
  it('saves alt text, caption and credit, with an audit entry', async () => {
    const media = await uploaded(await photoWithGps(500, 400), 'a.jpg')
    const result = await asUser(editor, () => updateMedia(null, formData({ id: media.id, alt: ' Dockers on strike ', caption: 'Port of Kardan', credit: '' })))
    expect(result.ok).toBe(true)
    expect(await db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ alt: 'Dockers on strike', caption: 'Port of Kardan' })
    expect(await db.auditEntry.count({ where: { action: 'media.update', entityId: media.id } })).toBe(1)
  })

  it('refuses to delete an image a post uses, naming the post, and deletes it once unused', async () => {
    const media = await uploaded(await photoWithGps(500, 400), 'a.jpg')
    const key = keyOf(media.url)
    const category = await makeCategory()
    const post = await makePost({
      authorId: editor.id,
      categoryIds: [category.id],
      title: 'Free the dockers',
      bodyHtml: `<figure><img src="${media.url}" alt="x"></figure>`,
    })
    await makePost({
      authorId: editor.id,
      categoryIds: [category.id],
      title: 'Draft appeal',
      status: 'draft',
      image: { url: `/media/${key}/400.webp`, alt: 'x' },
    })

    // The library shows where the image is used, the same two posts.
    expect((await usesOf([media]))[media.id]!.map((u) => u.title).sort()).toEqual(['Draft appeal', 'Free the dockers'])
    const refused = await asUser(editor, () => deleteMedia(null, formData({ id: media.id })))
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('it is used in 2 posts and pages') })
    expect(refused.ok ? '' : refused.message).toMatch(/“Free the dockers”/)
    expect(refused.ok ? '' : refused.message).toMatch(/“Draft appeal” \(draft\)/)
    expect(await db.media.count()).toBe(1)
    expect(readdirSync(path.join(mediaDir, key)).sort()).toEqual(['400.webp', '500.jpg', '500.webp'])

    await updatePostText(post.id, { bodyHtml: '<p>No picture now.</p>' })
    await db.post.updateMany({ where: { featuredImageUrl: { startsWith: `/media/${key}/` } }, data: { featuredImageUrl: null } })
    // A standalone page that shows the image keeps it too.
    const page = await db.page.create({ data: { title: 'About us', slug: 'about-us', bodyHtml: `<figure><img src="${media.url}" alt="x"></figure>` } })
    expect(await asUser(editor, () => deleteMedia(null, formData({ id: media.id })))).toEqual({
      ok: false,
      message: expect.stringMatching(/used in a post or page: “About us” \(draft\)/),
    })
    await db.page.delete({ where: { id: page.id } })
    expect(await asUser(editor, () => deleteMedia(null, formData({ id: media.id })))).toMatchObject({ ok: true })
    expect(await db.media.count()).toBe(0)
    expect(readdirSync(mediaDir)).toEqual([])
    expect(await db.auditEntry.count({ where: { action: 'media.delete', entityId: media.id } })).toBe(1)
  })
})
