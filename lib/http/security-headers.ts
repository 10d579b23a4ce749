// The headers every answer carries: from Next (next.config.ts), from the page micro-cache and
// the sign fast path in scripts/serve.ts, and on the server's own error answers.
import { REPORTING_ENDPOINTS } from './csp/policy'

export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Browsers that once reached the site over HTTPS keep to it for two years. */
export const HSTS = 'max-age=63072000; includeSubDomains'

export function securityHeadersFor(siteUrl: string): Record<string, string> {
  // Over https, browsers also learn where the policy's `report-to` sends violation reports.
  return siteUrl.startsWith('https:') ? { ...securityHeaders, 'Strict-Transport-Security': HSTS, 'Reporting-Endpoints': REPORTING_ENDPOINTS } : securityHeaders
}
