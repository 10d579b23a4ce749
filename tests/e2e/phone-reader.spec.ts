import { expect, test } from '@playwright/test'

// The phone project runs this file at a 412 px Pixel screen; one test narrows to 360 px.

test('on a 360 px phone the home page and a post fit the screen, with no request leaving the site', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const foreign: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url())
  })
  for (const path of ['/', '/posts/delegation-report-five-days-in-seltz', '/category/appeals', '/search?q=strike', '/petitions/free-the-seltz-three']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0)
  }
  expect(foreign).toEqual([])
  await context.close()
})

test('without JavaScript a reader can still read, page through and search', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('link', { name: 'Older posts →' }).click()
  await expect(page).toHaveURL(/\/page\/2$/)
  await page.getByRole('searchbox', { name: 'Search posts' }).fill('embassy')
  await page.getByRole('searchbox', { name: 'Search posts' }).press('Enter')
  await expect(page.getByRole('status')).toContainText('match “embassy”')
  await context.close()
})
