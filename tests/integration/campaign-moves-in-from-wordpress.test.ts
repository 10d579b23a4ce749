import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { signInWithPassword } from '@/lib/auth/sign-in'
import { db } from '@/lib/db/client'
import { getPublishedPageBySlug } from '@/lib/pages/queries'
import { getPublishedPostBySlug } from '@/lib/posts/queries'
import { formatReport, importWordpress, WxrError } from '@/lib/wordpress/import'
import { resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'
import { SITE, wxrHead, wxrItem, wxrTail, type WxrPostSpec } from '../support/wxr'

// A campaign brings its WordPress blog across: an export built here, item by item, the way
// WordPress writes one, with the uploads folder beside it. Then what a reader sees, what the
// report says, and that running it again, or with --dry-run, stores nothing new.

const work = mkdtempSync(path.join(tmpdir(), 'placard-wxr-'))
const uploads = path.join(work, 'uploads')
const exportFile = path.join(work, 'export.xml')
const UP = `${SITE}/wp-content/uploads`

const classicBody = `Мы требуем свободы для профсоюзных активистов.
Они в тюрьме уже год.

[caption id="attachment_300" align="aligncenter" width="300"]<a href="${UP}/2013/07/protest.jpg"><img class="size-medium wp-image-300" src="${UP}/2013/07/protest-300x200.jpg" alt="Crowd in Almaty" width="300" height="200" /></a> Митинг в Алматы, 2013[/caption]

https://www.youtube.com/watch?v=abc123

[gallery ids="300,301"]

[su_note]Подпишите петицию сегодня.[/su_note] Editors wrote [sic] here.

[signature]

<ul>
	<li>Освободить всех</li>
	<li>Прекратить преследования</li>
</ul>`

const blockBody = `<!-- wp:paragraph -->
<p>Свобода собраний\u0086 — право каждого.</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[contact-form-7 id="12" title="Contact"]
<!-- /wp:shortcode -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Қазақстан халқы</p></blockquote>
<!-- /wp:quote -->`

const anna = { login: 'anna', email: 'anna@campaign.example.org', name: 'Анна Иванова' }
const bek = { login: 'bek', email: 'bek@campaign.example.org', name: 'Бек Нұрланов' }
const news = { slug: 'news', name: 'Новости', description: 'Новости кампании' }
const kz = { slug: '%d2%9b%d0%b0%d0%b7%d0%b0%d2%9b%d1%81%d1%82%d0%b0%d0%bd', name: 'Қазақстан', parent: 'news' }
// WordPress keeps term names HTML-escaped.
const appeals = { slug: 'appeals', name: 'Appeals &amp; Letters' }

const base = { date: '2013-07-15 14:30:00', dateGmt: '2013-07-15 08:30:00' }
const items: WxrPostSpec[] = [
  {
    id: 300,
    ...base,
    title: 'protest',
    slug: 'protest',
    content: '',
    type: 'attachment',
    status: 'inherit',
    attachmentUrl: `${UP}/2013/07/protest.jpg`,
    meta: { _wp_attachment_image_alt: 'Crowd in Almaty' },
  },
  {
    id: 101,
    ...base,
    title: 'Свобода для профсоюзов Қазақстана',
    slug: 'svoboda-dlia-profsoiuzov',
    content: classicBody,
    author: 'anna',
    categories: [news, kz],
    tags: ['solidarity'],
    meta: { _thumbnail_id: '300' },
  },
  {
    id: 102,
    date: '2014-03-08 10:00:00',
    dateGmt: '2014-03-08 04:00:00',
    // A text-direction override hidden in the title, a control character in the text: both dropped.
    title: '\u202eСвобода',
    slug: '%d1%81%d0%b2%d0%be%d0%b1%d0%be%d0%b4%d0%b0',
    content: blockBody,
    author: 'bek',
    categories: [appeals],
    excerpt: 'Их собственный анонс.',
  },
  { id: 103, ...base, title: 'Unfinished', slug: 'unfinished', content: 'Draft text', status: 'draft', categories: [news] },
  { id: 104, date: '2015-02-30 25:61:00', dateGmt: '2015-02-30 25:61:00', title: 'Broken date', slug: 'broken-date', content: 'Text', categories: [news] },
  {
    id: 105,
    date: '2016-01-10 09:00:00',
    dateGmt: '2016-01-10 03:00:00',
    title: 'Missing picture',
    slug: 'missing-picture',
    content: `Before.<img src="https://cdn.other.example/x.jpg" alt="" />\n\n<img src="${UP}/2016/01/gone.jpg" alt="Gone" />\n\nAfter.`,
    author: 'bek',
    categories: [news],
  },
  {
    id: 111,
    ...base,
    title: 'Report and video',
    slug: 'report-and-video',
    content: `Read <a href="${UP}/2016/02/report.pdf">the report</a> and watch <a href="${UP}/2016/02/rally.mp4">the rally</a>.`,
    categories: [news],
  },
  { id: 200, ...base, title: 'About us', slug: 'about-us', content: 'We are a campaign.\n\nJoin us.', type: 'page' },
  { id: 106, ...base, title: 'Rev', slug: '101-revision-v1', content: 'old', type: 'revision', status: 'inherit', parent: 101 },
  { id: 107, ...base, title: 'Home', slug: 'home', content: '', type: 'nav_menu_item' },
  { id: 108, ...base, title: 'Private', slug: 'private', content: 'secret', status: 'private' },
  { id: 109, ...base, title: 'Binned', slug: 'binned', content: 'gone', status: 'trash' },
  { id: 110, ...base, title: 'Members only', slug: 'members', content: 'secret', password: 'hunter2' },
]

function writeExport(file = exportFile, list = items) {
  const head = wxrHead({ authors: [anna, bek], categories: [news, kz, appeals] })
  writeFileSync(file, head + list.map(wxrItem).join('') + wxrTail)
}

async function rowCounts() {
  const tables = ['posts', 'post_categories', 'categories', 'users', 'pages', 'media', 'wordpress_items']
  const out: Record<string, number> = {}
  for (const t of tables) out[t] = Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${t}`))[0]!.n)
  return out
}

let petitionSlug = ''

beforeAll(async () => {
  mkdirSync(path.join(uploads, '2013/07'), { recursive: true })
  const photo = await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#b91c1c' } })
    .jpeg()
    .toBuffer()
  writeFileSync(path.join(uploads, '2013/07/protest.jpg'), photo)
  writeFileSync(path.join(uploads, '2013/07/protest-300x200.jpg'), photo)
  mkdirSync(path.join(uploads, '2016/02'), { recursive: true })
  writeFileSync(path.join(uploads, '2016/02/report.pdf'), '%PDF-1.4\n% a report\n')
  // 300 MB that is never read: its size alone refuses it (sparse, so it takes no disk).
  writeFileSync(path.join(uploads, '2016/02/rally.mp4'), '')
  truncateSync(path.join(uploads, '2016/02/rally.mp4'), 300 * 1024 * 1024)
  process.env.MEDIA_DIR = path.join(work, 'media')
  writeExport()
})

afterAll(() => {
  delete process.env.MEDIA_DIR
  rmSync(work, { recursive: true, force: true })
})

beforeEach(async () => {
  await resetDatabase()
  await db.$executeRawUnsafe('TRUNCATE wordpress_items')
  petitionSlug = (await makePetition()).slug
})

const run = (options: { dryRun?: boolean; file?: string } = {}) =>
  importWordpress(options.file ?? exportFile, { dryRun: options.dryRun ?? false, uploadsDir: uploads, signaturePetition: petitionSlug })

describe('a campaign imports its WordPress export', () => {
  it('shows readers the published posts as they were, with their dates, authors, categories, pictures and petition', async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await listener.connect()
    const announced: string[] = []
    listener.on('notification', (n) => announced.push(n.payload ?? ''))
    await listener.query('LISTEN placard_content')

    const report = await run()

    const post = await getPublishedPostBySlug('svoboda-dlia-profsoiuzov')
    expect(post).toMatchObject({
      title: 'Свобода для профсоюзов Қазақстана',
      publishedAt: '2013-07-15T08:30:00.000Z',
      author: { name: 'Анна Иванова' },
      excerpt: expect.stringMatching(/^Мы требуем свободы для профсоюзных активистов\./),
    })
    expect(post!.categories.map((c) => [c.name, c.slug]).sort()).toEqual([
      ['Новости', 'news'],
      ['Қазақстан', 'qazaqstan'],
    ])
    const body = post!.bodyHtml
    expect(body).toMatch(/^<p>Мы требуем свободы для профсоюзных активистов\.<br \/>\nОни в тюрьме уже год\.<\/p>/)
    expect(body).toMatch(
      /<figure><a href="\/media\/[a-f0-9]{24}\/1600\.webp"><img src="\/media\/[a-f0-9]{24}\/1600\.webp" alt="Crowd in Almaty" width="300" height="200"[^>]*\/><\/a><figcaption>Митинг в Алматы, 2013<\/figcaption><\/figure>/,
    )
    expect(body).toContain(
      '<p><a href="https://www.youtube.com/watch?v=abc123" rel="noopener noreferrer nofollow">https://www.youtube.com/watch?v=abc123</a></p>',
    )
    expect(body).toContain('<p>Подпишите петицию сегодня. Editors wrote [sic] here.</p>')
    expect(body).toContain(`<p>[petition ${petitionSlug}]</p>`)
    expect(body).toMatch(/<ul>\s*<li>Освободить всех<\/li>\s*<li>Прекратить преследования<\/li>\s*<\/ul>/)
    expect(body).not.toMatch(/\[gallery|\[su_note|\[caption|wp-content/)
    expect(post!.image).toMatchObject({ url: expect.stringMatching(/^\/media\/[a-f0-9]{24}\/1600\.webp$/), alt: 'Crowd in Almaty' })

    const block = await getPublishedPostBySlug('svoboda')
    expect(block).toMatchObject({
      title: 'Свобода',
      publishedAt: '2014-03-08T04:00:00.000Z',
      author: { name: 'Бек Нұрланов' },
      excerpt: 'Их собственный анонс.',
    })
    expect(block!.categories.map((c) => c.name)).toEqual(['Appeals & Letters'])
    expect(block!.bodyHtml).toBe('<p>Свобода собраний — право каждого.</p>\n<blockquote><p>Қазақстан халқы</p></blockquote>')

    expect(await getPublishedPostBySlug('missing-picture')).toMatchObject({ bodyHtml: '<p>Before.</p>\n<p>After.</p>' })
    expect(await getPublishedPageBySlug('about-us')).toMatchObject({ title: 'About us', bodyHtml: '<p>We are a campaign.</p>\n<p>Join us.</p>' })
    expect(await db.page.findFirst({ where: { slug: 'about-us' } })).toMatchObject({ showInNav: false, status: 'published' })
    for (const slug of ['unfinished', 'broken-date', 'private', 'binned', 'members']) expect(await getPublishedPostBySlug(slug)).toBeNull()

    // One picture, although the post used its small copy, its original and it as featured image.
    expect(await db.media.count()).toBe(1)

    expect(report.counts.posts).toMatchObject({ imported: 4, updated: 0, unchanged: 0 })
    expect(report.counts.pages).toMatchObject({ imported: 1 })
    expect(report.counts.authors).toMatchObject({ imported: 2 })
    expect(report.counts.categories).toMatchObject({ imported: 3 })
    expect(report.counts.media).toMatchObject({ imported: 1, unchanged: 0 })
    expect(report.skipped).toEqual({
      draft: 1,
      private: 1,
      'in the trash': 1,
      revision: 1,
      'navigation menu item': 1,
      'password-protected': 1,
      'attachment entry (its file comes in when a post uses it)': 1,
    })
    const first = '“Свобода для профсоюзов Қазақстана” (WordPress id 101, line'
    expect(Object.keys(report.unknownShortcodes).sort()).toEqual(['[contact-form-7]', '[gallery]', '[su_note]'])
    expect(report.unknownShortcodes['[gallery]']).toEqual({ total: 1, items: [expect.stringContaining(first)] })
    expect(report.unknownShortcodes['[contact-form-7]']).toEqual({ total: 1, items: [expect.stringContaining('“Свобода” (WordPress id 102')] })
    expect(report.missingMedia).toEqual([
      { url: `${UP}/2016/01/gone.jpg`, reason: `not in ${uploads}`, usedIn: [expect.stringContaining('“Missing picture”')] },
      {
        url: `${UP}/2016/02/report.pdf`,
        reason: expect.stringMatching(/^This file is not an image \(it looks like a PDF document\)/),
        usedIn: [expect.stringContaining('“Report and video”')],
      },
      {
        url: `${UP}/2016/02/rally.mp4`,
        reason: expect.stringMatching(/^Images can be at most 20 MB; this one is 300 MB/),
        usedIn: [expect.stringContaining('“Report and video”')],
      },
    ])
    expect(report.failed).toEqual([
      { item: expect.stringContaining('“Broken date” (WordPress id 104'), reason: 'its date “2015-02-30 25:61:00” is not a date' },
    ])
    expect(report.missingMediaTotal).toBe(3)
    // Every item the builder writes has one comment; post 101 has a tag.
    expect(report.notImported).toEqual({ comments: 5, postsWithTags: 1, outsidePictures: 1 })
    expect(formatReport(report)).toContain('Not imported:\n  5 comments (Placard has none)\n  the tags of 1 posts')
    expect(formatReport(report)).toMatch(/posts +4 imported/)
    expect(formatReport(report)).toContain('[gallery] in 1 item(s): “Свобода для профсоюзов Қазақстана”')

    // The database announced the new rows, as for any editor's change: cached pages refresh.
    await new Promise((resolve) => setTimeout(resolve, 200))
    await listener.end()
    const postId = (await db.post.findUniqueOrThrow({ where: { slug: 'svoboda' } })).id
    const pageId = (await db.page.findUniqueOrThrow({ where: { slug: 'about-us' } })).id
    expect(announced).toContain(`posts:${postId}:list`)
    expect(announced).toContain(`pages:${pageId}`)
    expect(announced.some((a) => a.startsWith('categories:'))).toBe(true)
  })

  it('creates the authors as editors without a password, who cannot sign in until invited', async () => {
    await run()
    const users = await db.user.findMany({ orderBy: { email: 'asc' }, select: { name: true, email: true, role: true, passwordHash: true } })
    expect(users).toEqual([
      { name: 'Анна Иванова', email: 'anna@campaign.example.org', role: 'editor', passwordHash: null },
      { name: 'Бек Нұрланов', email: 'bek@campaign.example.org', role: 'editor', passwordHash: null },
    ])
    for (const password of ['', 'password', 'anna'])
      expect(await signInWithPassword({ email: 'anna@campaign.example.org', password }, null)).toMatchObject({ ok: false })
  })

  it('changes nothing when run a second time, and updates only what changed in WordPress', async () => {
    await run()
    const before = await rowCounts()
    const stamps = await db.post.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } })

    const again = await run()
    expect(await rowCounts()).toEqual(before)
    expect(await db.post.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } })).toEqual(stamps)
    expect(again.counts.posts).toMatchObject({ imported: 0, updated: 0, unchanged: 4 })
    expect(again.counts.pages).toMatchObject({ imported: 0, unchanged: 1 })
    expect(again.counts.authors).toMatchObject({ imported: 0, unchanged: 2 })
    expect(again.counts.media).toMatchObject({ imported: 0, unchanged: 1 })

    // WordPress changed one post; an editor changed another in Placard meanwhile.
    const changed = items.map((i) => (i.id === 105 ? { ...i, title: 'Missing picture, corrected' } : i))
    writeExport(path.join(work, 'changed.xml'), changed)
    await db.post.update({ where: { slug: 'svoboda' }, data: { title: 'Свобода (edited here)' } })
    const third = await run({ file: path.join(work, 'changed.xml') })
    expect(third.counts.posts).toMatchObject({ imported: 0, updated: 1, unchanged: 2, kept: 1 })
    expect(await getPublishedPostBySlug('missing-picture')).toMatchObject({ title: 'Missing picture, corrected' })
    expect(await getPublishedPostBySlug('svoboda')).toMatchObject({ title: 'Свобода (edited here)' })
    expect(await rowCounts()).toEqual(before)
  })

  it('leaves no trace of a post whose import fails half-way, and imports the rest', async () => {
    // The database refuses the record of one post, after the post itself was written.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_105() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`)
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_105 BEFORE INSERT ON wordpress_items FOR EACH ROW WHEN (NEW.wp_id = '105') EXECUTE FUNCTION refuse_105()`)
    try {
      const report = await run()
      expect(report.failed.map((f) => f.item)).toEqual([expect.stringContaining('“Broken date”'), expect.stringContaining('“Missing picture”')])
      expect(report.failed[1]!.reason).toContain('disk full')
      expect(await db.post.findUnique({ where: { slug: 'missing-picture' } })).toBeNull()
      expect(await db.postCategory.count({ where: { post: { title: 'Missing picture' } } })).toBe(0)
      expect(report.counts.posts).toMatchObject({ imported: 3 })
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_105 ON wordpress_items')
      await db.$executeRawUnsafe('DROP FUNCTION refuse_105')
    }
    // The next run brings it in.
    expect((await run()).counts.posts).toMatchObject({ imported: 1, unchanged: 3 })
    expect(await getPublishedPostBySlug('missing-picture')).not.toBeNull()
  })

  it('stores nothing with --dry-run, and says what it would do', async () => {
    const before = await rowCounts()
    const report = await run({ dryRun: true })
    expect(await rowCounts()).toEqual(before)
    expect(report.counts.posts).toMatchObject({ imported: 4 })
    expect(report.failed).toHaveLength(1)
    expect(formatReport(report)).toMatch(/^Dry run \(nothing was stored\)[\s\S]*posts +4 would be imported/)
  })

  it('refuses a file that is not a WordPress export, and stores nothing', async () => {
    const cases: [string, string, RegExp][] = [
      ['empty.xml', '', /empty \(0 bytes\)/],
      ['cut.xml', `${wxrHead({ authors: [anna], categories: [news] })}${wxrItem(items[1]!)}`.slice(0, 3000), /not well-formed XML: line \d+, column \d+/],
      [
        'feed.xml',
        '<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title><item><title>x</title></item></channel></rss>',
        /no <wp:wxr_version>/,
      ],
      // Entities a DOCTYPE declares are never expanded: no file is read, no "billion laughs".
      [
        'entities.xml',
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">]><rss><channel><wp:wxr_version>1.2</wp:wxr_version><title>&xxe;&a;</title></channel></rss>',
        /not well-formed XML: line 1, column \d+: undefined entity/,
      ],
      ['other.xml', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', /starts with <svg>, not <rss>/],
    ]
    const before = await rowCounts()
    for (const [name, text, message] of cases) {
      writeFileSync(path.join(work, name), text)
      const outcome = run({ file: path.join(work, name) })
      await expect(outcome).rejects.toBeInstanceOf(WxrError)
      await expect(outcome).rejects.toThrow(message)
    }
    await expect(run({ file: path.join(work, 'nowhere.xml') })).rejects.toThrow(/There is no file at/)
    expect(await rowCounts()).toEqual(before)
  })

  it('runs from the command line: npm run import:wordpress prints the report, and says why a bad file stored nothing', async () => {
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/import-wordpress.ts', ...args], {
        env: process.env,
      }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      )
    const dry = await cli(exportFile, '--dry-run', '--uploads', uploads)
    expect(dry.stdout).toMatch(/^Dry run \(nothing was stored\)/m)
    expect(dry.stdout).toMatch(/posts +4 would be imported/)
    expect(dry.stdout).toContain('Failed (nothing of these was stored):\n  “Broken date” (WordPress id 104')
    expect(dry.stdout).toContain('To show a petition where [signature] was, run again with --map-signature <petition-slug>.')
    expect(dry.code).toBe(2)
    expect(await db.post.count()).toBe(0)

    writeFileSync(path.join(work, 'broken.xml'), '<rss><channel><wp:wxr_version>1.2</wp:wxr_version>')
    const broken = await cli(path.join(work, 'broken.xml'))
    expect(broken).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Nothing was imported\. The file is not well-formed XML: line 1/) })
    expect(await cli(exportFile, '--map-signature', 'Bad Slug')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--map-signature needs a petition’s slug'),
    })
  })
})
