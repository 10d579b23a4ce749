// ESLint 9 flat config: Next's core-web-vitals and TypeScript rules; formatting is Prettier's
// job (eslint-config-prettier turns off the rules that would fight it).
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Public pages link with plain <a> on purpose (issue #13): next/link would prefetch other
    // pages' data and bring the client router's chunks to every phone; a click loads the next
    // page whole, from the page micro-cache. The admin area keeps next/link.
    files: [
      'app/(site)/**',
      'app/(print)/**',
      'app/not-found.tsx',
      'components/site/**',
      'components/petition/**',
      'components/letter/**',
      'components/donations/**',
      'components/supporters/**',
      'components/action-days/**',
    ],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores(['.next/**', '.next-*/**', '.data/**', 'lib/generated/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
])
