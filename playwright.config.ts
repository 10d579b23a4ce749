import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/browser'

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
      args: chromiumArgs,
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
