import { chromium } from '@playwright/test'
import { createAccount, signIn } from './tests/e2e/support/admin'
const base = `http://127.0.0.1:${process.env.E2E_PORT}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const who = (process.argv[2] ?? 'admin') as 'admin'
const account = await createAccount(who, 'Rosa Lux')
const page = await browser.newPage({ baseURL: base, viewport: { width: Number(process.argv[3] ?? 1280), height: 900 } })
await signIn(page, account)
for (const p of (process.argv[4] ?? '/admin').split(',')) {
  await page.goto(p)
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/tmp/shot-${who}-${p.replace(/\W+/g, '_')}-${process.argv[3] ?? 1280}.png`, fullPage: true })
}
await browser.close()
