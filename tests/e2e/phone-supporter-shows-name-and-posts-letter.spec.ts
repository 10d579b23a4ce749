import { readFileSync } from 'node:fs'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { readPdf } from '../support/pdf-text'
import { createAccount, signIn } from './support/admin'
import { withDatabase } from './support/site'

// Zhanar writes to the embassy from her phone, downloads her letter as a PDF to post, and asks
// for her name to be shown beside "I sent it": she is counted at once, but named only once a
// moderator approves. Ruslan is counted too; he typed a name, changed his mind and unticked the
// box, and is never named. Mehmet has no JavaScript and gets the same PDF with a plain form post.

const letterSlug = 'free-teodor-valk'
const letterPage = `/letters/${letterSlug}`
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const shots = process.env.LETTER_SHOTS

async function countJson(page: Page): Promise<number> {
  return ((await (await page.request.get(`${letterPage}/count.json`)).json()) as { count: number }).count
}

async function downloadedPdf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  expect(download.suggestedFilename()).toBe(`letter-${letterSlug}.pdf`)
  const pdf = readPdf(readFileSync((await download.path())!))
  // A long addressee wraps in the envelope's window: read it as one line.
  return { ...pdf, flat: pdf.text.replace(/ \n/g, ' ') }
}

async function pressSent(browser: Browser, name: { tick: boolean; name: string; place: string } | null) {
  const context = await browser.newContext(phone)
  const page = await context.newPage()
  await page.goto(letterPage)
  const before = await countJson(page)
  if (name) {
    await page.getByLabel('Show my name publicly').check()
    await page.getByLabel('Name to show').fill(name.name)
    await page.getByLabel('Town, union or group').fill(name.place)
    if (shots && name.tick)
      await page
        .locator('[data-letter-count]')
        .locator('..')
        .screenshot({ path: `${shots}/show-my-name-390.png` })
    if (!name.tick) {
      await page.getByLabel('Show my name publicly').uncheck()
      await expect(page.getByLabel('Name to show')).toBeHidden()
    }
  }
  // A person takes a moment to write; a press within seconds of loading is held for review.
  await page.waitForTimeout(3_500)
  await page.getByRole('button', { name: 'I sent it' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your letter is counted' })).toBeVisible()
  await expect(page.locator('[data-letter-count]')).toHaveText(`${(before + 1).toLocaleString('en')} letters sent`)
  expect(await countJson(page)).toBeGreaterThanOrEqual(before + 1)
  return { page, context }
}

test('a supporter downloads her edited letter as a PDF addressed to the embassy in her country', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(letterPage)
  await page.getByLabel('Which country do you live in?').selectOption({ label: 'Germany' })
  await page.getByLabel('Your name').fill('Жанар Қасымқызы')
  await page.getByLabel('Your town').fill('Köln')
  const letter = page.getByLabel('Your letter', { exact: true })
  await letter.fill(`${await letter.inputValue()}\n\nP.S. Ақтаудан сәлем, Şişli'den selam.`)
  const pdf = await downloadedPdf(page, () => page.getByRole('button', { name: 'Download as PDF to post' }).click())
  await expect(page.getByRole('status').filter({ hasText: 'The PDF is downloaded' })).toBeVisible()
  expect(pdf.pages).toBe(1)
  expect(pdf.mediaBoxes[0]).toEqual([0, 0, 595.28, 841.89])
  expect(pdf.lines.slice(0, 2)).toEqual(['Жанар Қасымқызы', 'Köln'])
  expect(pdf.flat).toContain('Embassy of the Republic of Kardania in Germany\nBeispielallee 40')
  expect(pdf.text).toContain('Beispielallee 40')
  expect(pdf.text).not.toContain('Musterkai 7') // the consulate: a posted letter has one addressee
  expect(pdf.lines).toContain('Release Teodor Valk, president of the KCFTU')
  expect(pdf.text).toContain("P.S. Ақтаудан сәлем, Şişli'den selam.")
  await context.close()
})

test('without JavaScript the form posts the letter and the PDF comes back filled in, with the ticked demand', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, javaScriptEnabled: false, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(letterPage)
  await page.getByLabel('Whom do you post it to?').selectOption({ label: 'Embassy of the Republic of Kardania in Germany' })
  await page.getByLabel('Your name').fill('Mehmet Yılmaz')
  await page.getByLabel('Your town').fill('İzmir')
  await page.getByLabel('Nadira Ilves and Ivo Santaru are released as well.').check()
  if (shots) await page.screenshot({ path: `${shots}/letter-pdf-without-js-390.png`, fullPage: true })
  const pdf = await downloadedPdf(page, () => page.getByRole('button', { name: 'Download as PDF to post' }).click())
  expect(pdf.lines.slice(0, 2)).toEqual(['Mehmet Yılmaz', 'İzmir'])
  expect(pdf.flat).toContain('Embassy of the Republic of Kardania in Germany\nBeispielallee 40')
  expect(pdf.text).toContain('- Nadira Ilves and Ivo Santaru are released as well.')
  expect(pdf.text).not.toContain('[Your name]')
  expect(pdf.lines.slice(-3)).toEqual(['Mehmet Yılmaz', 'İzmir', 'Copy to: campaign@example.org'])
  await context.close()
})

test('a name ticked to be shown appears only after a moderator approves it; an unticked one never does', async ({ browser, page }, testInfo) => {
  const stamp = Date.now().toString(36)
  const zhanar = `Zhanar Aktau-${stamp}`
  const ruslan = `Ruslan Unticked-${stamp}`
  const first = await pressSent(browser, { tick: true, name: zhanar, place: 'Oil workers’ union, Aktau' })
  await expect(first.page.getByRole('status').filter({ hasText: 'Your name is shown on this page once a moderator has checked it.' })).toBeVisible()
  const second = await pressSent(browser, { tick: false, name: ruslan, place: 'Almaty' })
  await first.page.goto(letterPage)
  await expect(first.page.getByText(zhanar)).toHaveCount(0)

  const moderator = await createAccount('moderator', 'Mo Moderator')
  await signIn(page, moderator)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/admin/letters/names')
  const row = page.getByRole('listitem').filter({ hasText: zhanar })
  await expect(row).toContainText('Write to the embassy of Kardania')
  await expect(page.getByText(ruslan)).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('admin-letter-names-1280.png'), fullPage: true })
  if (shots) await page.screenshot({ path: `${shots}/admin-letter-names-1280.png`, fullPage: true })
  await row.getByRole('button', { name: `Approve ${zhanar}` }).click()
  await expect(page.getByText('Approved 1 name: shown on the letter’s page now.')).toBeVisible()
  expect(await withDatabase(async (db) => (await db.query(`SELECT 1 FROM audit_log WHERE action = 'letter.names.approve'`)).rowCount)).toBeGreaterThan(0)

  // The cached letter page is refreshed by the approval: her name is the newest sender.
  const senders = first.page.getByRole('region', { name: 'Recent senders' })
  await expect
    .poll(
      async () => {
        await first.page.goto(letterPage)
        return (await senders.count()) ? senders.getByRole('listitem').first().textContent() : ''
      },
      { timeout: 10_000 },
    )
    .toContain(zhanar)
  await expect(senders).toContainText('Oil workers’ union, Aktau')
  expect(await first.page.content()).not.toContain(ruslan)
  await first.page.screenshot({ path: testInfo.outputPath('letter-senders-390.png'), fullPage: true })
  if (shots) await first.page.screenshot({ path: `${shots}/letter-senders-390.png`, fullPage: true })
  expect(await withDatabase(async (db) => (await db.query(`SELECT 1 FROM letter_sender_names WHERE name = $1`, [ruslan])).rowCount)).toBe(0)
  await first.context.close()
  await second.context.close()
})
