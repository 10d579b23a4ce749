import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { NOT_REDIRECTED, OLD_LINKS, writeOldWordpressSite } from '../support/old-wordpress-site'
import { e2eDatabaseUrl } from './support/site'

// A campaign moves its WordPress blog to Placard with `npm run import:wordpress`, points its
// old domain here, and every link to the old site that circulates (in articles, emails, feed
// readers, search results) answers 301 with the new address, which then shows the same post,
// page, category, author, archive, feed or picture. Placard's own addresses are never redirected.

const work = mkdtempSync(path.join(tmpdir(), 'placard-e2e-wordpress-'))

test.beforeAll(async () => {
  const site = await writeOldWordpressSite(work)
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/import-wordpress.ts', site.file, '--uploads', site.uploads],
    // The e2e site's own database and data folder (scripts/lib/serve-production.ts), so its media are served.
    { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl, PLACARD_DATA_DIR: path.resolve('.data', 'e2e', 'site'), PLACARD_ENV_FILE: '' } },
  )
  expect(stdout).toMatch(/Old addresses: \d+ redirects added/)
})

test.afterAll(() => rmSync(work, { recursive: true, force: true }))

test('every old WordPress address answers 301 with the new one, which shows the right page', async ({ request }) => {
  // The server reloads its redirects when the import's NOTIFY arrives.
  await expect.poll(async () => (await request.get(OLD_LINKS[0]!.from, { maxRedirects: 0 })).status(), { timeout: 10_000 }).toBe(301)
  for (const link of OLD_LINKS) {
    const moved = await request.get(link.from, { maxRedirects: 0 })
    expect(moved.status(), link.from).toBe(301)
    const location = moved.headers().location ?? ''
    if (typeof link.to === 'string') expect(location, link.from).toBe(link.to)
    else expect(location, link.from).toMatch(link.to)

    const landed = await request.get(location, { maxRedirects: 0 })
    expect(landed.status(), `${link.from} → ${location}`).toBe(200)
    const type = landed.headers()['content-type'] ?? ''
    if (link.title) {
      const title = /<title>([^<]*)<\/title>/.exec(await landed.text())?.[1] ?? ''
      expect(title, `${link.from} → ${location}`).toMatch(link.title)
    } else if (location.startsWith('/media/')) expect(type, link.from).toBe('image/webp')
    else expect(type, link.from).toMatch(/xml/)
  }
})

test('Placard’s own addresses and ordinary query strings are never redirected', async ({ request }) => {
  for (const own of NOT_REDIRECTED) {
    const response = await request.get(own, { maxRedirects: 0 })
    expect(response.status(), own).toBe(200)
  }
})
