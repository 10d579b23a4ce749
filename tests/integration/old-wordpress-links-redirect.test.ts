import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveRedirectAction } from '@/app/admin/(area)/redirects/actions'
import { db } from '@/lib/db/client'
import { RedirectMap } from '@/lib/redirects/redirect-map'
import { importWordpress } from '@/lib/wordpress/import'
import { asUser, formData, makeUser } from '../support/admin-session'
import { resetDatabase } from '../support/factories'
import { NOT_REDIRECTED, OLD_LINKS, writeOldWordpressSite } from '../support/old-wordpress-site'

// The import answers every old address of the WordPress site with a redirect to its new page:
// posts in each permalink form, /?p=, pages, categories (nested too), authors, feeds, date
// archives, list pages and uploaded files. Run again, it changes nothing; a redirect an admin
// edited, or made for an address the import would have used, stays as the admin left it.

const work = mkdtempSync(path.join(tmpdir(), 'placard-old-links-'))
let site: { file: string; uploads: string }

beforeAll(async () => {
  site = await writeOldWordpressSite(work)
  process.env.MEDIA_DIR = path.join(work, 'media')
  await resetDatabase()
  await db.$executeRawUnsafe('TRUNCATE wordpress_items, redirects')
})

afterAll(() => {
  delete process.env.MEDIA_DIR
  rmSync(work, { recursive: true, force: true })
})

const run = () => importWordpress(site.file, { dryRun: false, uploadsDir: site.uploads })

/** What the web server does with an address: the map it keeps, loaded from the table. */
async function serverMap() {
  const map = new RedirectMap()
  map.replace(await db.redirect.findMany({ select: { id: true, fromPath: true, fromQuery: true, toPath: true, status: true } }))
  return map
}

const tableDigest = async () => (await db.$queryRawUnsafe<{ d: string }[]>(`SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS d FROM redirects r`))[0]!.d

describe('the WordPress import fills the redirects table', () => {
  it('leads every old address form to the new page with a 301, and leaves Placard’s own addresses alone', async () => {
    const report = await run()
    expect(report.failed).toEqual([])
    expect(report.notes.join('\n')).toMatch(/Old addresses: \d+ redirects added, 0 changed/)
    const map = await serverMap()
    for (const link of OLD_LINKS) {
      const found = map.find(link.from)
      expect(found?.status, link.from).toBe(301)
      expect(found?.location, link.from).toMatch(typeof link.to === 'string' ? new RegExp(`^${link.to.replace(/[?#.]/g, '\\$&')}$`) : link.to)
    }
    for (const own of NOT_REDIRECTED) expect(map.find(own), own).toBeNull()
    // A campaign's tracking parameters travel on to the new page.
    expect(map.find('/2013/07/free-the-union-leaders/?utm_source=mail')?.location).toBe('/posts/free-the-union-leaders?utm_source=mail')
    expect(await db.redirect.count({ where: { source: { not: 'wordpress' } } })).toBe(0)
  })

  it('changes nothing when the same export is imported again', async () => {
    const before = await tableDigest()
    const report = await run()
    expect(report.notes.join('\n')).toMatch(/Old addresses: 0 redirects added, 0 changed/)
    expect(await tableDigest()).toBe(before)
  })

  it('keeps a redirect an admin edited, or made first, through a re-import', async () => {
    const admin = await makeUser('admin')
    const imported = await db.redirect.findFirstOrThrow({ where: { fromPath: '/2013/07/free-the-union-leaders' } })
    const edited = await asUser(admin, () =>
      saveRedirectAction(null, formData({ id: imported.id, from: '/2013/07/free-the-union-leaders', to: '/who-we-are', status: '302' })),
    )
    expect(edited).toMatchObject({ ok: true })
    // An address the import makes, taken by hand first: here, the comments feed.
    await db.redirect.delete({ where: { fromPath_fromQuery: { fromPath: '/comments/feed', fromQuery: '' } } })
    const made = await asUser(admin, () => saveRedirectAction(null, formData({ from: '/comments/feed', to: '/petitions' })))
    expect(made).toMatchObject({ ok: true })

    await run()

    expect(await db.redirect.findUniqueOrThrow({ where: { id: imported.id } })).toMatchObject({ toPath: '/who-we-are', status: 302, source: 'admin' })
    expect(await db.redirect.findFirstOrThrow({ where: { fromPath: '/comments/feed' } })).toMatchObject({ toPath: '/petitions', source: 'admin' })
    // The other forms of the same post still lead to it.
    expect((await serverMap()).find('/2013/07/15/free-the-union-leaders/')?.location).toBe('/posts/free-the-union-leaders')
  })
})
