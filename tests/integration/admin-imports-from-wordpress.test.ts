import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { GET as statusRoute, POST as uploadRoute } from '@/app/api/admin/wordpress-imports/route'
import { db } from '@/lib/db/client'
import { runJobsOnce } from '@/lib/jobs/worker'
import { getPublishedPageBySlug } from '@/lib/pages/queries'
import { getPublishedPostBySlug } from '@/lib/posts/queries'
import { MAX_EXPORT_BYTES, type ImportRunJson } from '@/lib/validation/wordpress-import'
import { stopWordpressImport, wordpressImportSettled } from '@/lib/wordpress/import-job'
import { exportsDir } from '@/lib/wordpress/import-runs'
import { asUser, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'
import { SITE, wxrHead, wxrItem, wxrTail, type WxrPostSpec } from '../support/wxr'

// An admin brings the campaign's WordPress blog across from the admin area: the real route
// handler with a real multipart body streamed to disk, the real job queue and worker handler,
// PostgreSQL, and the pictures from the uploads folder the setting names. Bad files end with a
// message and nothing stored; one import runs at a time; a worker that stops or dies neither
// loses the import nor leaves it "running" for ever.

const work = mkdtempSync(path.join(tmpdir(), 'placard-wpupload-'))
const UP = `${SITE}/wp-content/uploads`
type User = Awaited<ReturnType<typeof makeUser>>
let admin: User
let petition: { slug: string }

const base = { date: '2013-07-15 14:30:00', dateGmt: '2013-07-15 08:30:00', categories: [{ slug: 'news', name: 'Новости' }] }
const items: WxrPostSpec[] = [
  { id: 300, ...base, title: 'protest', slug: 'protest', content: '', type: 'attachment', status: 'inherit', attachmentUrl: `${UP}/2013/07/protest.jpg` },
  {
    id: 101,
    ...base,
    title: 'Свобода для профсоюзов Қазақстана',
    slug: 'svoboda',
    content: `Мы требуем свободы.\n\n<img src="${UP}/2013/07/protest.jpg" alt="Crowd in Almaty" />\n\n[signature]\n\n[gallery ids="300"]`,
  },
  { id: 102, ...base, title: 'Missing picture', slug: 'missing-picture', content: `Before.\n\n<img src="${UP}/2016/01/gone.jpg" alt="" />` },
  { id: 103, ...base, title: 'Unfinished', slug: 'unfinished', content: 'Draft', status: 'draft' },
  { id: 104, date: '2015-02-30 25:61:00', dateGmt: '2015-02-30 25:61:00', title: 'Broken date', slug: 'broken-date', content: 'Text' },
  { id: 200, ...base, title: 'About us', slug: 'about-us', content: 'We are a campaign.', type: 'page' },
]
const head = () => wxrHead({ authors: [{ login: 'anna', email: 'anna@campaign.example.org', name: 'Анна' }], categories: [{ slug: 'news', name: 'Новости' }] })
const exportText = (list = items) => head() + list.map(wxrItem).join('') + wxrTail

beforeAll(async () => {
  process.env.PLACARD_DATA_DIR = path.join(work, 'data')
  process.env.MEDIA_DIR = path.join(work, 'media')
  process.env.WORDPRESS_UPLOADS_DIR = path.join(work, 'uploads')
  mkdirSync(path.join(work, 'uploads/2013/07'), { recursive: true })
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#b91c1c' } })
    .jpeg()
    .toBuffer()
  writeFileSync(path.join(work, 'uploads/2013/07/protest.jpg'), photo)
})

afterAll(() => {
  for (const name of ['PLACARD_DATA_DIR', 'MEDIA_DIR', 'WORDPRESS_UPLOADS_DIR']) delete process.env[name]
  rmSync(work, { recursive: true, force: true })
})

beforeEach(async () => {
  await wordpressImportSettled()
  await resetDatabase()
  await db.$executeRawUnsafe('TRUNCATE wordpress_items, wordpress_import_runs')
  rmSync(exportsDir(), { recursive: true, force: true })
  admin = await makeUser('admin')
  petition = await makePetition()
})

type Reply = { status: number; body: { ok: boolean; message?: string; runId?: string; run?: ImportRunJson }; location: string | null }

/** What Chromium sends with a form post. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'

function uploadRequest(file: BlobPart | null, name: string, fields: Record<string, string> = {}, accept = 'application/json') {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  if (file !== null) form.append('file', new Blob([file]), name)
  return new Request('http://localhost/api/admin/wordpress-imports', { method: 'POST', body: form, headers: { accept } })
}

async function answer(response: Response): Promise<Reply> {
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : { ok: false }, location: response.headers.get('location') }
}

const upload = async (user: User | null, file: BlobPart | null, name = 'campaign.wordpress.2024-01-01.xml', fields: Record<string, string> = {}) =>
  answer(await asUser(user, () => uploadRoute(uploadRequest(file, name, fields))))

const status = async (runId: string, user: User | null = admin) =>
  answer(
    await asUser(user, () =>
      statusRoute(new Request(`http://localhost/api/admin/wordpress-imports?run=${runId}`, { headers: { accept: 'application/json' } })),
    ),
  )

/** What the worker does: claim the job, then wait for the import it started beside its loop. */
async function work_() {
  await runJobsOnce()
  await wordpressImportSettled()
}

const leftovers = () => (existsSync(exportsDir()) ? readdirSync(exportsDir()) : [])
const contentRows = async () => ({ posts: await db.post.count(), pages: await db.page.count(), media: await db.media.count() })

describe('an admin imports a WordPress export from the admin area', () => {
  it('uploads it, watches the worker import it, and reads the report; the posts reach readers', async () => {
    const started = await upload(admin, exportText(), 'campaign.wordpress.2024-01-01.xml', { signaturePetition: petition.slug })
    expect(started).toMatchObject({ status: 202, body: { ok: true, message: expect.stringContaining('“campaign.wordpress.2024-01-01.xml” is uploaded') } })
    const runId = started.body.runId!
    expect((await status(runId)).body.run).toMatchObject({ state: 'queued', startedByName: admin.name, signaturePetition: petition.slug, dryRun: false })
    expect(leftovers()).toEqual([`${runId}.xml`])
    expect(await db.auditEntry.findFirst({ where: { action: 'wordpress.import' } })).toMatchObject({ actorId: admin.id, entityId: runId })

    await work_()

    const { run } = (await status(runId)).body
    expect(run).toMatchObject({ state: 'done', pass: 2, attempts: 1, error: null, finishedAt: expect.any(String) })
    expect(run!.bytesRead).toBe(run!.fileBytes)
    expect(run!.report).toMatchObject({
      file: 'campaign.wordpress.2024-01-01.xml',
      site: SITE,
      counts: { posts: { imported: 2 }, pages: { imported: 1 }, media: { imported: 1 } },
      skipped: { draft: 1 },
      unknownShortcodes: { '[gallery]': { total: 1, items: [expect.stringContaining('Свобода для профсоюзов Қазақстана')] } },
      missingMedia: [{ url: `${UP}/2016/01/gone.jpg`, reason: expect.stringContaining('not in'), usedIn: [expect.stringContaining('Missing picture')] }],
      failed: [{ item: expect.stringContaining('Broken date'), reason: expect.stringContaining('is not a date') }],
    })
    const post = await getPublishedPostBySlug('svoboda')
    expect(post!.bodyHtml).toContain(`[petition ${petition.slug}]`)
    expect(post!.bodyHtml).toMatch(/<img src="\/media\/[a-f0-9]{24}\/800\.webp" alt="Crowd in Almaty"/)
    expect(await getPublishedPageBySlug('about-us')).not.toBeNull()
    // The export (with the old site's email addresses) is not kept once the run is over.
    expect(leftovers()).toEqual([])
  })

  it('stores nothing with a dry run, and reports what it would do', async () => {
    const started = await upload(admin, exportText(), 'export.xml', { dryRun: 'on' })
    await work_()
    const { run } = (await status(started.body.runId!)).body
    expect(run).toMatchObject({ state: 'done', dryRun: true, report: { dryRun: true, counts: { posts: { imported: 2 } } } })
    expect(await contentRows()).toEqual({ posts: 0, pages: 0, media: 0 })
  })

  it('without the uploads setting, lists the pictures as missing and says which setting would bring them', async () => {
    delete process.env.WORDPRESS_UPLOADS_DIR
    try {
      const started = await upload(admin, exportText())
      await work_()
      const { run } = (await status(started.body.runId!)).body
      expect(run!.report!.missingMedia[0]).toMatchObject({ reason: 'no uploads folder is set on the server (the setting WORDPRESS_UPLOADS_DIR)' })
    } finally {
      process.env.WORDPRESS_UPLOADS_DIR = path.join(work, 'uploads')
    }
  })
})

describe('a bad file ends with a clear message, and nothing is imported', () => {
  const refusedAtUpload: [string, BlobPart, string, number, RegExp][] = [
    ['an empty file', '', 'export.xml', 422, /The file is empty \(0 bytes\)/],
    ['a zip', 'PK\u0003\u0004 zipped export', 'export.zip', 422, /not a WordPress export: an export is an \.xml file/],
    ['a PDF named .xml', '%PDF-1.4 not xml', 'export.xml', 422, /not a WordPress export: an export is an \.xml file/],
  ]
  for (const [what, bytes, name, code, says] of refusedAtUpload)
    it(`refuses ${what} at once`, async () => {
      const reply = await upload(admin, bytes, name)
      expect(reply).toMatchObject({ status: code, body: { ok: false, message: expect.stringMatching(says) } })
      expect(await db.wordpressImportRun.count()).toBe(0)
      expect(leftovers()).toEqual([])
    })

  it('refuses no file at all, and a petition that does not exist', async () => {
    expect(await upload(admin, null)).toMatchObject({ status: 422, body: { message: expect.stringMatching(/Choose the export file/) } })
    expect(await upload(admin, exportText(), 'export.xml', { signaturePetition: 'no-such-petition' })).toMatchObject({
      status: 422,
      body: { message: expect.stringMatching(/That petition doesn’t exist any more/) },
    })
    expect(await db.wordpressImportRun.count()).toBe(0)
    expect(leftovers()).toEqual([])
  })

  it('refuses a file over the cap by its declared size, and cuts off one that turns out longer, without holding it in memory', async () => {
    const declared = new Request('http://localhost/api/admin/wordpress-imports', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_EXPORT_BYTES + 10 ** 6) },
      body: '--x--',
    })
    expect(await answer(await asUser(admin, () => uploadRoute(declared)))).toMatchObject({
      status: 413,
      body: { message: expect.stringMatching(/larger than 250 MB/) },
    })

    // 260 MB sent in 1 MB pieces with no length: cut off once past the cap.
    const boundary = 'placardboundary'
    const chunk = new Uint8Array(1024 * 1024).fill(0x3c)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0)
          controller.enqueue(new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.xml"\r\n\r\n`))
        if (sent >= 260) return controller.close()
        sent++
        controller.enqueue(chunk)
      },
    })
    const rssBefore = process.memoryUsage().rss
    const chunked = new Request('http://localhost/api/admin/wordpress-imports', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit)
    const reply = await answer(await asUser(admin, () => uploadRoute(chunked)))
    expect(reply).toMatchObject({ status: 413, body: { message: expect.stringMatching(/larger than 250 MB/) } })
    expect(sent).toBeGreaterThanOrEqual(250)
    expect(sent).toBeLessThan(260)
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024)
    expect(await db.wordpressImportRun.count()).toBe(0)
    expect(leftovers()).toEqual([])
  })

  const failedInTheWorker: [string, string, RegExp][] = [
    ['malformed XML', exportText().slice(0, 3000), /^Nothing was imported\. The file is not well-formed XML: line \d+, column \d+/],
    ['an XML file that is not a feed', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', /starts with <svg>, not <rss>/],
    [
      'an RSS feed that is not a WordPress export',
      '<rss version="2.0"><channel><title>A feed</title><item><title>x</title></item></channel></rss>',
      /no <wp:wxr_version>/,
    ],
  ]
  for (const [what, text, says] of failedInTheWorker)
    it(`fails ${what} in the worker, with the reason on the screen`, async () => {
      const started = await upload(admin, text)
      expect(started.status).toBe(202)
      await work_()
      expect((await status(started.body.runId!)).body.run).toMatchObject({ state: 'failed', error: expect.stringMatching(says), report: null })
      expect(await contentRows()).toEqual({ posts: 0, pages: 0, media: 0 })
      expect(await db.user.count()).toBe(1)
      expect(leftovers()).toEqual([])
    })

  it('answers a form post without JavaScript with a redirect back to the screen', async () => {
    const refused = await answer(await asUser(admin, () => uploadRoute(uploadRequest('', 'export.xml', {}, BROWSER_ACCEPT))))
    expect(refused).toMatchObject({ status: 303, location: '/admin/import?refused=empty' })
    const started = await answer(await asUser(admin, () => uploadRoute(uploadRequest(exportText(), 'export.xml', {}, BROWSER_ACCEPT))))
    expect(started.location).toMatch(/^\/admin\/import\?run=[0-9a-f-]{36}$/)
  })
})

describe('one import at a time, admins only', () => {
  it('refuses a second upload while one is queued or running, even when both arrive together', async () => {
    const [a, b] = await Promise.all([upload(admin, exportText()), upload(admin, exportText())])
    expect([a.status, b.status].sort()).toEqual([202, 409])
    expect([a, b].find((r) => r.status === 409)!.body.message).toMatch(/An import is already running/)
    expect(await upload(admin, exportText())).toMatchObject({ status: 409 })
    expect(leftovers()).toHaveLength(1)
    await work_()
    expect(await upload(admin, exportText())).toMatchObject({ status: 202 })
  })

  it('refuses editors and strangers, and stores nothing', async () => {
    const editor = await makeUser('editor')
    expect(await upload(editor, exportText())).toMatchObject({ status: 403, body: { message: expect.stringMatching(/Your role doesn’t allow this/) } })
    expect(await upload(null, exportText())).toMatchObject({ status: 401 })
    // A script (Accept: */*) is answered in JSON, not sent to the screen.
    const script = await answer(await asUser(null, () => uploadRoute(uploadRequest(exportText(), 'export.xml', {}, '*/*'))))
    expect(script).toMatchObject({ status: 401, location: null, body: { ok: false, message: expect.stringMatching(/Your session has ended/) } })
    const started = await upload(admin, exportText())
    expect(await status(started.body.runId!, editor)).toMatchObject({ status: 403 })
    expect(await db.wordpressImportRun.count()).toBe(1)
  })
})

describe('the worker stops or dies during an import', () => {
  const many = Array.from({ length: 400 }, (_, i) => ({ ...items[1]!, id: 1000 + i, slug: `post-${i}`, title: `Post ${i}`, content: `Text ${i}.\n\nMore.` }))

  it('a stopped worker puts the import back in the queue, and the next one finishes it without importing anything twice', async () => {
    const started = await upload(admin, exportText(many))
    const runId = started.body.runId!
    await runJobsOnce()
    for (let i = 0; i < 200; i++) {
      const run = await db.wordpressImportRun.findUniqueOrThrow({ where: { id: runId } })
      if (run.itemsDone > 0) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await stopWordpressImport()
    const halfway = await db.post.count()
    expect(halfway).toBeGreaterThan(0)
    expect(halfway).toBeLessThan(400)
    expect(await db.wordpressImportRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ state: 'queued', attempts: 0 })
    expect(await upload(admin, exportText())).toMatchObject({ status: 409 })

    await work_()
    const { run } = (await status(runId)).body
    expect(run).toMatchObject({ state: 'done', attempts: 1 })
    expect(run!.report!.counts.posts.imported + run!.report!.counts.posts.unchanged).toBe(400)
    expect(await db.post.count()).toBe(400)
  })

  it('a run whose worker died is started again once its job lock times out, and says so', async () => {
    const started = await upload(admin, exportText())
    const runId = started.body.runId!
    // A worker claimed it six minutes ago and was killed mid-way.
    await db.$executeRawUnsafe(`UPDATE jobs SET locked_at = now() - interval '6 minutes', attempts = 1`)
    await db.$executeRawUnsafe(`UPDATE wordpress_import_runs SET state = 'running', attempts = 1, heartbeat_at = now() - interval '6 minutes'`)
    await work_()
    const { run } = (await status(runId)).body
    expect(run).toMatchObject({ state: 'done', attempts: 2, report: { notes: expect.arrayContaining([expect.stringMatching(/started again/)]) } })
  })

  it('a run with no sign of life for 10 minutes is marked failed, and the next import can start', async () => {
    const started = await upload(admin, exportText())
    await db.$executeRawUnsafe(`UPDATE wordpress_import_runs SET state = 'running', attempts = 1, heartbeat_at = now() - interval '11 minutes'`)
    expect((await status(started.body.runId!)).body.run).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/The worker stopped during this import/),
    })
    expect(leftovers()).toEqual([])
    expect(await upload(admin, exportText())).toMatchObject({ status: 202 })
  })

  it('an error on the server’s side is tried again a little later, and given up with words after the third start', async () => {
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_authors() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`)
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_authors BEFORE INSERT ON users FOR EACH ROW WHEN (NEW.email LIKE '%campaign.example.org') EXECUTE FUNCTION refuse_authors()`,
    )
    try {
      const first = (await upload(admin, exportText())).body.runId!
      await work_()
      expect((await status(first)).body.run).toMatchObject({ state: 'queued', attempts: 1, error: null })
      // Not at once: the job waits a few seconds before the next start.
      expect(await runJobsOnce()).toBe(0)
      for (let i = 0; i < 2; i++) {
        await db.$executeRawUnsafe(`UPDATE jobs SET run_at = now()`)
        await work_()
      }
      expect((await status(first)).body.run).toMatchObject({
        state: 'failed',
        attempts: 3,
        error: expect.stringMatching(/^The import stopped because of an error on the server/),
      })
      expect((await status(first)).body.run!.error).not.toMatch(/disk full|Prisma|Error/)

      // The next import meets the same fault once; it is gone by its second start.
      const second = (await upload(admin, exportText())).body.runId!
      await work_()
      await db.$executeRawUnsafe('DROP TRIGGER refuse_authors ON users')
      await db.$executeRawUnsafe(`UPDATE jobs SET run_at = now()`)
      await work_()
      expect((await status(second)).body.run).toMatchObject({ state: 'done', attempts: 2, report: { counts: { posts: { imported: 2 } } } })
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER IF EXISTS refuse_authors ON users')
      await db.$executeRawUnsafe('DROP FUNCTION refuse_authors')
    }
  })

  it('gives up after the third start, with words', async () => {
    const started = await upload(admin, exportText())
    await db.$executeRawUnsafe(`UPDATE jobs SET locked_at = now() - interval '6 minutes'`)
    await db.$executeRawUnsafe(`UPDATE wordpress_import_runs SET state = 'running', attempts = 3, heartbeat_at = now() - interval '6 minutes'`)
    await work_()
    expect((await status(started.body.runId!)).body.run).toMatchObject({ state: 'failed', error: expect.stringMatching(/stopped during this import 3 times/) })
    expect(await contentRows()).toEqual({ posts: 0, pages: 0, media: 0 })
  })
})
