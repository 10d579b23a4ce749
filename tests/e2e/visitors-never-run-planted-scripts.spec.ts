import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { solveChallenge } from 'altcha-lib/v1'
import { createAccount, signIn } from './support/admin'
import { SIGNER_NAMES, payloadsIn, textPayloads } from './support/hostile-text'
import { confirmLinkIn, latestEmailTo } from './support/outbox'
import { e2eDatabaseUrl, withDatabase } from './support/site'
import { flat, xssWatch } from './support/xss-watch'
import { XSS_PAYLOADS } from '../support/xss-payloads'

// Mallory has an editor's stolen session and signs petitions under false names: every known XSS
// payload (tests/support/xss-payloads.ts, mutation XSS and DOM clobbering included) goes in
// through the real save paths — the editor's actions' schemas and lib functions, the public sign
// endpoint — and every page that shows the text is then opened in Chromium. Nothing may run:
// a payload that did would open a dialog (alert), call window.__xss, change document.title or
// fetch from another host, and each of those is caught. CSP is bypassed, so this proves the
// escaping and sanitising alone. Each page must still show the text (escaped) or the sanitised
// rich text, and hydrate without a React error.

const PREFIX = `xss-${Date.now().toString(36)}`
const FORWARDED_FOR = '198.51.100.77' // sent with each signature; the privacy scan makes sure it is kept nowhere

type Planted = {
  documents: number
  payloadsInDocuments: number
  category: { id: string; slug: string; name: string; description: string }
  posts: { id: string; slug: string; title: string; markers: string[] }[]
  page: { id: string; slug: string; title: string; markers: string[] }
  petitions: { id: string; slug: string; title: string; summary: string; target: string; returnAddress: string; subjects: string[]; markers: string[] }[]
  paperNote: string
  email: { html: string; payloads: number }
}

test('no planted script runs anywhere its text is shown', async ({ browser, request, baseURL }) => {
  test.setTimeout(300_000)
  const { hits, reactErrors, table, watch, check, settle } = xssWatch()
  await test.step('the watchers see a script that does run', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    await watch(context)
    const page = await context.newPage()
    await page.goto('/robots.txt')
    await page.setContent(
      `<img src=x onerror="alert(1)"><img src=x onerror="__xss('probe')"><img src=x onerror="document.title='XSS'"><img src="https://xss.example/probe.gif">`,
    )
    await expect.poll(() => hits.length).toBe(3)
    expect(await page.title()).toBe('XSS')
    await context.close()
    hits.length = 0
  })
  const editor = await createAccount('admin', 'Mallory Editor')

  const planted = await test.step('an editor’s hostile text goes in through the save paths', () => {
    const output = execFileSync('node_modules/.bin/tsx', ['--conditions=react-server', 'tests/e2e/support/plant-hostile-content.ts', editor.id, PREFIX], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl },
      encoding: 'utf8',
    })
    return JSON.parse(output) as Planted
  })
  const [petition, secondPetition] = planted.petitions
  const cities = textPayloads(100)
  const comments = textPayloads(1000)
  const signers = SIGNER_NAMES.map((fullName, i) => ({
    fullName,
    email: `${PREFIX}-signer-${i}@example.org`,
    city: cities[i % cities.length]!,
    comment: comments[i % comments.length]!,
  }))

  await test.step('signers with hostile names, towns and comments sign through the public endpoint', async () => {
    for (const signer of signers) {
      const challenge = (await (await request.get('/api/altcha/challenge')).json()) as { challenge: string; salt: string; algorithm: string; maxnumber: number }
      const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise
      const altcha = Buffer.from(JSON.stringify({ ...challenge, number: solution!.number })).toString('base64')
      const answer = await request.post(`/api/petitions/${petition!.slug}/signatures`, {
        headers: { origin: baseURL!, 'x-forwarded-for': FORWARDED_FOR },
        data: { ...signer, country: 'DE', showName: true, keepInformed: true, shareWithTarget: true, consentVersion: '2026-12', altcha },
      })
      expect(await answer.json(), signer.fullName).toMatchObject({ outcome: 'accepted' })
    }
    for (const signer of signers) {
      await expect.poll(() => latestEmailTo(signer.email), { timeout: 15_000 }).not.toBeNull()
      expect((await request.get(confirmLinkIn(latestEmailTo(signer.email)!))).status()).toBe(200)
    }
  })

  const admin = await browser.newContext({ bypassCSP: true })
  await watch(admin)
  const adminPage = await admin.newPage()
  await signIn(adminPage, editor)

  await test.step('the admin screens that show signers’ and editors’ text', async () => {
    // Signed that fast, every one is held for review: the held queue shows all they typed.
    const signerTexts = signers.flatMap((s) => [s.fullName, s.city, s.comment])
    await check(adminPage, 'admin: held signatures', payloadsIn(signerTexts), '/admin/moderation', { texts: signerTexts })
    const rowOf = (email: string) => adminPage.getByRole('listitem').filter({ hasText: email })
    for (const signer of signers) await rowOf(signer.email).getByRole('checkbox').check()
    await adminPage.getByRole('button', { name: 'Approve ticked' }).click()
    for (const signer of signers) await expect(rowOf(signer.email)).toHaveCount(0)

    await check(
      adminPage,
      'admin: signature search',
      payloadsIn([petition!.title]) + SIGNER_NAMES.length,
      `/admin/moderation/signatures?petition=${petition!.id}`,
      {
        texts: [...signers.map((s) => s.fullName), petition!.title],
      },
    )
    await check(adminPage, 'admin: dashboard', payloadsIn([petition!.title]), '/admin', {})
    await check(adminPage, 'admin: audit log', payloadsIn([petition!.title, planted.category.name, planted.paperNote]), '/admin/audit', {
      texts: [planted.category.name],
    })
    await check(adminPage, 'admin: categories', payloadsIn([planted.category.name, planted.category.description]), '/admin/categories', {})
    await check(adminPage, 'admin: post editor', planted.payloadsInDocuments, `/admin/posts/${planted.posts[0]!.id}`, {})
    await expect(adminPage.locator('input[name="title"]')).toHaveValue(planted.posts[0]!.title)
    await check(adminPage, 'admin: petition editor, paper notes', planted.payloadsInDocuments, `/admin/petitions/${petition!.id}`, {})
    await expect(adminPage.locator('input[name="title"]')).toHaveValue(petition!.title)
    const notes = await adminPage.locator('input[name="note"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    expect(notes).toContain(planted.paperNote)
    await check(adminPage, 'admin: updates', payloadsIn(petition!.subjects), '/admin/updates', { texts: petition!.subjects.slice(0, 3) })
  })

  const reader = await browser.newContext({ bypassCSP: true })
  await watch(reader)
  const page = await reader.newPage()

  await test.step('public pages', async () => {
    const postTitles = planted.posts.map((p) => p.title)
    for (const post of planted.posts) {
      await check(page, 'post body, title, <title>, og:title', planted.payloadsInDocuments, `/posts/${post.slug}`, { markers: post.markers, title: post.title })
    }
    await check(page, 'page body and title', planted.payloadsInDocuments, `/${planted.page.slug}`, { markers: planted.page.markers, title: planted.page.title })
    for (const p of [petition!, secondPetition].filter((x) => x !== undefined)) {
      await check(page, 'petition body, title, summary, addressee; updates', planted.payloadsInDocuments, `/petitions/${p.slug}`, {
        markers: p.markers,
        title: p.title,
        texts: [p.summary, p.target, ...p.subjects],
      })
    }
    // The public list of signers, shown with their consent (first name and initial), once approved.
    const publicName = `"onmouseover="alert(1)"x=" S.`
    await expect
      .poll(
        async () => {
          await page.goto(`/petitions/${petition!.slug}`)
          return flat(await page.locator('body').innerText()).includes(publicName)
        },
        { timeout: 15_000 },
      )
      .toBe(true)
    await check(page, 'signers’ public names', SIGNER_NAMES.length, `/petitions/${petition!.slug}`, { texts: [publicName] })
    await check(page, 'widget', payloadsIn([petition!.title]), `/petitions/${petition!.slug}/widget`, { texts: [petition!.title] })
    await check(
      page,
      'print sheet',
      payloadsIn([petition!.title, petition!.summary, petition!.target, petition!.returnAddress]),
      `/petitions/${petition!.slug}/sheet`,
      {
        texts: [petition!.title, petition!.target],
      },
    )
    // Without JavaScript a refused signature comes back in a cookie and fills the form again.
    const refused = { fullName: '<script>alert(1)</script>', email: 'not-an-email', country: 'DE', city: cities[0]!, comment: comments[0]! }
    const posted = await page.request.post(`/api/petitions/${petition!.slug}/signatures`, {
      headers: { origin: baseURL! },
      form: refused,
      maxRedirects: 0,
    })
    expect(posted.status()).toBe(303)
    await check(
      page,
      'sign form filled again from a refused post',
      payloadsIn([refused.fullName, refused.city, refused.comment]),
      `/petitions/${petition!.slug}/sign`,
      {
        texts: [petition!.title, 'A name can’t contain < or >.'],
      },
    )
    await expect(page.locator('input[name="fullName"]')).toHaveValue(refused.fullName)
    // The cookie keeps each value only up to a length (lib/http/flash.ts): the start comes back.
    const comment = await page.locator('textarea[name="comment"]').inputValue()
    expect(comment.length).toBeGreaterThan(100)
    expect(refused.comment.startsWith(comment)).toBe(true)
    await check(page, 'petition list', payloadsIn([petition!.title, petition!.summary]), '/petitions', { texts: [petition!.title] })
    await check(
      page,
      'category name and description',
      payloadsIn([planted.category.name, planted.category.description]),
      `/category/${planted.category.slug}`,
      {
        texts: [planted.category.name],
      },
    )
    await check(page, 'home page', payloadsIn(postTitles), '/', { texts: [postTitles[postTitles.length - 1]!] })
    // The query is reflected on the results page, and the results highlight it.
    const query = '<img src=x onerror=alert(1)> alert'
    await check(page, 'search results (and the query shown back)', payloadsIn([query, ...postTitles]), `/search?q=${encodeURIComponent(query)}`, {
      texts: [query],
    })
    for (const feed of ['/feed.xml', '/atom.xml', `/category/${planted.category.slug}/feed.xml`]) {
      await check(page, 'feeds opened in the browser', payloadsIn(postTitles), feed, { hydrates: false })
    }
    await page.setContent(planted.email.html)
    await settle(page, 'update email (HTML part)', { hydrates: false, texts: [petition!.title] })
    table.set('update email (HTML part)', { payloads: payloadsIn([petition!.title]) + planted.email.payloads, pages: 1 })
  })

  await admin.close()
  await reader.close()

  const places = [...table.entries()]
  console.log(
    `XSS in Chromium: ${XSS_PAYLOADS.length} payloads (+${SIGNER_NAMES.length} signer names) across ${places.length} places, ${places.reduce((n, [, e]) => n + e.pages, 0)} page loads\n` +
      places.map(([place, e]) => `  ${place.padEnd(58)} ${String(e.payloads).padStart(4)} payloads  ${String(e.pages).padStart(3)} pages`).join('\n'),
  )
  expect(hits, 'no payload ran').toEqual([])
  expect(reactErrors, 'every page hydrated without a React error').toEqual([])
})

test.afterAll(async () => {
  // The planted content goes again, so later tests see the site as they expect.
  await withDatabase(async (db) => {
    await db.query(`DELETE FROM posts WHERE slug LIKE $1`, [`${PREFIX}-%`])
    await db.query(`DELETE FROM pages WHERE slug LIKE $1`, [`${PREFIX}-%`])
    // Signatures first: their delete trigger updates the petition's tallies, which must still exist.
    await db.query(`DELETE FROM signatures WHERE petition_id IN (SELECT id FROM petitions WHERE slug LIKE $1)`, [`${PREFIX}-%`])
    await db.query(`DELETE FROM petitions WHERE slug LIKE $1`, [`${PREFIX}-%`])
    await db.query(`DELETE FROM categories WHERE slug LIKE $1`, [`${PREFIX}-%`])
  })
})
