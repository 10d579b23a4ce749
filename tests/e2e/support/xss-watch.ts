import { expect, type BrowserContext, type Page } from '@playwright/test'

// The watchers of visitors-never-run-planted-scripts.spec.ts. Whatever a payload could do if it
// ran — open a dialog (alert), call window.__xss, fetch from another host, rewrite document.title,
// clobber the page's globals — is caught here; so are React errors, and pages that never hydrate.

export type Expect = { texts?: string[]; markers?: string[]; title?: string; hydrates?: boolean }

export const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

export function xssWatch() {
  const hits: string[] = []
  const reactErrors: string[] = []
  /** Per place: how many payloads it was given, and in how many page loads. */
  const table = new Map<string, { payloads: number; pages: number }>()

  /** Everything a payload could do if it ran is reported to `hits`. */
  async function watch(context: BrowserContext) {
    await context.exposeBinding('__xss', ({ page }, what: unknown) => void hits.push(`window.__xss(${String(what)}) on ${page.url()}`))
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.hostname === '127.0.0.1') return route.continue()
      hits.push(`a request to ${url.href}`)
      return route.abort()
    })
    context.on('page', (page) => observe(page))
  }

  function observe(page: Page) {
    page.on('dialog', (dialog) => {
      hits.push(`a ${dialog.type()} dialog (“${dialog.message()}”) on ${page.url()}`)
      void dialog.dismiss()
    })
    page.on('pageerror', (error) => reactErrors.push(`${page.url()}: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && /hydrat|react|minified|did not match/i.test(message.text())) reactErrors.push(`${page.url()}: ${message.text()}`)
    })
  }

  async function check(page: Page, place: string, payloads: number, url: string, expected: Expect) {
    const response = await page.goto(url)
    expect(response?.status(), `${place}: ${url}`).toBeLessThan(400)
    await settle(page, place, expected)
    const entry = table.get(place) ?? { payloads: 0, pages: 0 }
    table.set(place, { payloads: Math.max(entry.payloads, payloads), pages: entry.pages + 1 })
  }

  async function settle(page: Page, place: string, { texts = [], markers = [], title, hydrates = true }: Expect) {
    await page.waitForLoadState('load')
    if (hydrates) {
      await expect
        .poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__reactFiber'))), { message: `${place} hydrates` })
        .toBe(true)
    }
    // Time for an onerror, ontoggle, animation or autofocus handler to fire.
    await page.waitForTimeout(150)
    const state = await page.evaluate(() => ({
      text: document.body.innerText,
      rich: [...document.querySelectorAll('.rich-text')].map((e) => (e as HTMLElement).innerText).join(' '),
      title: document.title,
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
      // DOM clobbering: the page's own globals are still what they were.
      intact:
        typeof document.getElementById === 'function' &&
        typeof document.cookie === 'string' &&
        (!('__next_f' in self) || Array.isArray((self as unknown as { __next_f: unknown }).__next_f)),
    }))
    expect(state.intact, `${place}: document and __next_f not clobbered`).toBe(true)
    expect(state.title, `${place}: the title was not rewritten by a payload`).not.toBe('XSS')
    for (const text of texts) expect(flat(state.text), `${place} shows the text escaped`).toContain(flat(text))
    for (const marker of markers) expect(state.rich, `${place} shows the sanitised rich text`).toContain(marker)
    if (title) {
      expect(flat(state.title), `${place}: <title>`).toContain(flat(title))
      expect(flat(state.ogTitle ?? ''), `${place}: og:title`).toContain(flat(title))
    }
  }

  return { hits, reactErrors, table, watch, check, settle }
}
