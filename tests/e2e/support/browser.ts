import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Chromium's flags here: no sandbox (root), and no background traffic to a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

// Prefer Playwright's own Chromium when installed (`npx playwright install chromium`), else the
// system's (Debian: `apt-get install chromium`). Fail with instructions when neither exists.
export function chromiumExecutable(): string | undefined {
  const bundled = (() => {
    try {
      return chromium.executablePath()
    } catch {
      return ''
    }
  })()
  if (bundled && existsSync(bundled)) return undefined
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (candidate && existsSync(candidate)) return candidate
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `npx playwright install chromium`, ' +
      'or on Debian/Ubuntu `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  )
}
