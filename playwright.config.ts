import { randomBytes } from 'node:crypto'
import { defineConfig, devices } from '@playwright/test'
import { chromiumExecutable } from './tests/e2e/support/browser'

// The site's secret is made here, where the privacy scan after the run (global teardown) can
// look for it in the server's log; the web server below inherits it.
process.env.PLACARD_SECRET ??= randomBytes(32).toString('hex')

const port = Number(process.env.E2E_PORT ?? 3100)
const executablePath = chromiumExecutable()

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Runs before the webServer is stopped, so it can read the site's database and logs.
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: '**/phone-*.spec.ts' },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: '**/phone-*.spec.ts' },
  ],
  webServer: {
    command: `node_modules/.bin/tsx --conditions=react-server scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${port}/robots.txt`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
})
