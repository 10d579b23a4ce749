import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// Sam lives in Germany and reads the appeal on a phone. He picks his country, fills in his
// name, town and union, ticks a demand, adds a sentence of his own, and sends the letter from
// his own mail app; then taps "I sent it" and sees the count rise by one. Without JavaScript the
// same appeal still shows every embassy and the letter to copy.

test.use({ viewport: { width: 390, height: 844 } })

const appeal = '/posts/write-to-the-embassy-free-teodor-valk'
const letterSlug = 'free-teodor-valk'
const shots = process.env.LETTER_SHOTS

/** WCAG 2.2 AA, as every other page is checked (tests/e2e/accessibility.spec.ts). */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function countJson(page: Page): Promise<number> {
  return ((await (await page.request.get(`/letters/${letterSlug}/count.json`)).json()) as { count: number }).count
}

test('a supporter picks their country, edits the letter, sends it from their mail app and is counted', async ({ page }) => {
  await page.goto(appeal)
  const box = page.locator(`[data-letter="${letterSlug}"]`)
  await expect(box.getByRole('heading', { name: 'Write to the embassy of Kardania: free Teodor Valk' })).toBeVisible()
  const before = await countJson(page)
  await expect(box.locator('[data-letter-count]')).toHaveText(`${before.toLocaleString('en')} letters sent`)

  await box.getByLabel('Which country do you live in?').selectOption({ label: 'Germany' })
  const goesTo = box.getByRole('list', { name: 'Your letter goes to' })
  await expect(goesTo).toContainText('Embassy of the Republic of Kardania in Germany')
  await expect(goesTo).toContainText('Consulate General of Kardania in Hamburg')
  await box.getByLabel('Your name').fill('Sam Example')
  await box.getByLabel('Your town').fill('Leipzig')
  await box.getByLabel('Organisation').fill('ver.di Leipzig branch')
  await box.getByLabel('Nadira Ilves and Ivo Santaru are released as well.').check()
  const letter = box.getByLabel('Your letter', { exact: true })
  await expect(letter).toHaveValue(/Yours faithfully,\nSam Example\nver\.di Leipzig branch\nLeipzig$/)
  await letter.fill(`${await letter.inputValue()}\n\nP.S. Our branch of 1,200 members & their families are watching.`)
  if (shots) await page.screenshot({ path: `${shots}/appeal-with-letter-390.png`, fullPage: true })
  expect(await violations(page)).toEqual([])

  const href = (await box.getByRole('link', { name: 'Open in my mail app' }).getAttribute('href'))!
  expect(href).toMatch(/^mailto:[^?\s]+\?cc=[^&\s]+&subject=[^&\s]+&body=[^&\s]+$/)
  const mail = new URL(href)
  expect(decodeURIComponent(mail.pathname).split(',')).toEqual([
    'berlin@embassy.kardania.example',
    'hamburg@consulate.kardania.example',
    'minister@justice.kardania.example',
  ])
  expect(mail.searchParams.get('cc')).toBe('campaign@example.org')
  expect(mail.searchParams.get('subject')).toBe('Release Teodor Valk, president of the KCFTU')
  const body = mail.searchParams.get('body')!
  expect(body).toMatch(/^Your Excellency,\r\n\r\nI am writing/)
  expect(body).toContain('- Nadira Ilves and Ivo Santaru are released as well.')
  expect(body).not.toContain('{demands}')
  expect(body).toContain(
    'Yours faithfully,\r\nSam Example\r\nver.di Leipzig branch\r\nLeipzig\r\n\r\nP.S. Our branch of 1,200 members & their families are watching.',
  )
  expect(href).not.toMatch(/\+|%2B/) // spaces as %20, never +

  // "Print it to post" puts only the letter on paper: the embassy's address, the date, the text.
  await page.emulateMedia({ media: 'print' })
  const printed = page.locator('[data-letter-print]')
  await expect(printed).toBeVisible()
  await expect(printed).toContainText('Embassy of the Republic of Kardania in Germany')
  await expect(printed).toContainText('Beispielallee 40')
  await expect(printed).not.toContainText('Musterkai 7')
  await expect(printed).toContainText('P.S. Our branch of 1,200 members')
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(box).toBeHidden()
  if (shots) await page.screenshot({ path: `${shots}/letter-print-390.png`, fullPage: true })
  await page.emulateMedia({ media: 'screen' })

  // A person takes a moment to write; a press within seconds of loading is held for review.
  await page.waitForTimeout(3_500)
  await box.getByRole('button', { name: 'I sent it' }).click()
  await expect(box.getByRole('status').filter({ hasText: 'Your letter is counted' })).toBeVisible()
  await expect(box.locator('[data-letter-count]')).toHaveText(`${(before + 1).toLocaleString('en')} letters sent`)
  expect(await countJson(page)).toBe(before + 1)
  await expect(box.getByRole('button', { name: 'I sent it' })).toHaveCount(0)
})

test('without JavaScript the appeal still shows every embassy, the letter to copy, and counts a press', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(appeal)
  const box = page.locator(`[data-letter="${letterSlug}"]`)
  await expect(box.getByText('Every embassy of Kardania, by country')).toBeVisible()
  for (const country of ['Germany', 'France', 'Netherlands', 'South Africa', 'Sweden', 'United Kingdom', 'United States'])
    await expect(box.getByRole('heading', { level: 3, name: country })).toBeVisible()
  await expect(box.getByText('london@embassy.kardania.example')).toBeVisible()
  await expect(box.getByText('+44 20 7946 0182')).toBeVisible()
  const letter = box.getByLabel('Your letter', { exact: true })
  await expect(letter).toHaveValue(/^Your Excellency,[\s\S]*Teodor Valk[\s\S]*Yours faithfully,\n\[Your name\]\n\[Your town\]$/)
  // Each embassy's mail link carries the model letter.
  const href = (await box.getByRole('link', { name: 'write to them with the model letter' }).first().getAttribute('href'))!
  expect(new URL(href).searchParams.get('subject')).toBe('Release Teodor Valk, president of the KCFTU')
  if (shots) await page.screenshot({ path: `${shots}/appeal-without-js-390.png`, fullPage: true })

  await page.goto(`/letters/${letterSlug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write to the embassy of Kardania: free Teodor Valk')
  if (shots) await page.screenshot({ path: `${shots}/letter-page-without-js-390.png`, fullPage: true })
  await page.getByRole('button', { name: 'I sent it' }).click()
  await expect(page).toHaveURL(new RegExp(`/letters/${letterSlug}/sent$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for writing')
  if (shots) await page.screenshot({ path: `${shots}/letter-sent-390.png`, fullPage: true })
  await context.close()
})

test('the letter page loads nothing from another host', async ({ page }) => {
  const foreign: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreign.push(r.url())
  })
  await page.goto(`/letters/${letterSlug}`)
  await page.getByLabel('Which country do you live in?').selectOption({ label: 'France' })
  if (shots) await page.screenshot({ path: `${shots}/letter-page-390.png`, fullPage: true })
  expect(await violations(page)).toEqual([])
  await page.goto(`/letters/${letterSlug}/sent`)
  expect(await violations(page)).toEqual([])
  expect(foreign).toEqual([])
})

test('the letter-writing script loads only on pages that show a letter', async ({ page }) => {
  async function scriptsOf(path: string) {
    const urls = new Set<string>()
    const collect = (r: import('@playwright/test').Response) => {
      if (r.request().resourceType() === 'script') urls.add(r.url())
    }
    page.on('response', collect)
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    page.off('response', collect)
    const bodies = await Promise.all([...urls].map(async (url) => (await page.request.get(url)).text()))
    return { bytes: bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0), writer: bodies.some((b) => b.includes('Open in my mail app')) }
  }
  const plain = await scriptsOf('/posts/delegation-report-five-days-in-seltz')
  const withLetter = await scriptsOf(appeal)
  const letter = await scriptsOf(`/letters/${letterSlug}`)
  console.log(`script bytes (uncompressed): post without a letter ${plain.bytes}, appeal with a letter ${withLetter.bytes}, letter page ${letter.bytes}`)
  expect(plain.writer).toBe(false)
  expect(withLetter.writer).toBe(true)
  expect(letter.writer).toBe(true)
})
