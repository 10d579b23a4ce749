import { expect, test } from '@playwright/test'

test('a reader goes from the home page to a post, its category, a search and page 2', async ({ page }) => {
  await page.goto('/')
  const posts = page.locator('main article')
  await expect(posts).toHaveCount(10)
  await expect(posts.first().getByRole('link', { name: /Continue reading…/ })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Older posts')

  // The newest post first: its title, author, date and categories are on the card.
  const firstTitle = (await posts.first().getByRole('heading').textContent())!.trim()
  await posts.first().getByRole('heading').getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle)
  await expect(page.locator('main time').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Share this with your friends' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Email$/ })).toHaveAttribute('href', /^mailto:\?subject=/)
  await expect(page.getByRole('navigation', { name: 'More posts' })).toContainText('Previous post')

  // Its first category leads to that category's archive, which lists the post.
  const categoryLink = page
    .locator('main header')
    .getByRole('link')
    .filter({ hasText: /Articles|Appeals/ })
    .first()
  const categoryName = (await categoryLink.textContent())!.trim()
  await categoryLink.click()
  await expect(page).toHaveURL(/\/category\/(articles|appeals)$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(categoryName)
  await expect(page.locator('main').getByRole('link', { name: firstTitle, exact: true })).toBeVisible()

  // Search from the header finds the one post about the saffron pickers, with the word marked.
  await page.getByRole('searchbox', { name: 'Search posts' }).fill('saffron')
  await page.getByRole('button', { name: 'Search', exact: true }).first().click()
  await expect(page).toHaveURL(/\/search\?q=saffron/)
  await expect(page.getByRole('status')).toContainText('1 post matches “saffron”')
  await expect(page.locator('main ol > li')).toHaveCount(1)
  await expect(page.locator('main ol mark').first()).toHaveText(/saffron/i)

  // Back home and on to page 2: ten older posts, and a link back to newer ones.
  await page.goto('/')
  const homeTitles = await posts.getByRole('heading').allTextContents()
  await page.getByRole('link', { name: 'Older posts →' }).click()
  await expect(page).toHaveURL(/\/page\/2$/)
  await expect(page.getByText('Page 2 of')).toBeVisible()
  const pageTwoTitles = await page.locator('main article').getByRole('heading').allTextContents()
  expect(pageTwoTitles.length).toBeGreaterThan(0)
  expect(pageTwoTitles.filter((t) => homeTitles.includes(t))).toEqual([])
  await expect(page.getByRole('link', { name: '← Newer posts' })).toBeVisible()
})

test('a reader finds a helpful answer when a search has no results', async ({ page }) => {
  await page.goto('/search?q=xylophonequartz')
  await expect(page.getByRole('status')).toContainText('No posts match “xylophonequartz”')
  await expect(page.getByRole('status').getByRole('link', { name: 'archive', exact: true })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('xylophonequartz')
})

test('a reader following a dead link gets a friendly page with a search box', async ({ page }) => {
  const response = await page.goto('/posts/this-post-does-not-exist')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page')
  await expect(page.getByRole('searchbox').first()).toBeVisible()
})

test('a reader browses an author and a month of the archive', async ({ page }) => {
  await page.goto('/archive')
  const month = page.locator('main li a').first()
  const monthName = (await month.textContent())!.trim()
  await month.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Posts from ${monthName}`)
  const author = page
    .locator('main article')
    .first()
    .getByRole('link', { name: /^(Maria Keller|Tomas Varga|Amina Hassan)$/ })
  const authorName = (await author.textContent())!.trim()
  await author.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Posts by ${authorName}`)
})
