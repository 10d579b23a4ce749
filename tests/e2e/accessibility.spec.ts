import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const pages = {
  home: '/',
  'home page 2': '/page/2',
  post: '/posts/delegation-report-five-days-in-seltz',
  category: '/category/appeals',
  author: '/author/tomas-varga',
  archive: '/archive',
  month: '/archive/2021/12',
  'search results': '/search?q=embassy',
  'empty search': '/search?q=xylophonequartz',
  'not found': '/no-such-page',
  petitions: '/petitions',
  petition: '/petitions/free-the-seltz-three',
  'delivered petition': '/petitions/medical-care-for-teodor-valk',
  'petition sheet': '/petitions/free-the-seltz-three/sheet',
  'petition widget': '/petitions/free-the-seltz-three/widget',
  'check your email': '/petitions/free-the-seltz-three/done/thanks',
  'unsubscribed from updates': '/petitions/free-the-seltz-three/done/unsubscribed',
  'unsubscribe link that does not work': '/signatures/unsubscribe?token=broken',
  supporters: '/supporters',
  'supporters search': '/supporters/search?q=union',
  'join the supporters': '/supporters/join',
  'supporter confirmed': '/supporters/done/confirmed',
  'post with solidarity messages': '/posts/become-a-sponsor-of-the-campaign',
  'solidarity message form': '/posts/become-a-sponsor-of-the-campaign/message',
}

for (const [name, path] of Object.entries(pages)) {
  test(`the ${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
