import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // 'server-only' throws outside React Server Components; tests import server modules directly.
      { find: /^server-only$/, replacement: `${root}/tests/support/empty-module.ts` },
      // Server actions run outside a Next request in tests; the request's cookies come from
      // the test (tests/support/admin-session.ts). The session checks behind them are real.
      { find: /^next\/headers$/, replacement: `${root}/tests/support/next-headers.ts` },
    ],
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/setup-env.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
