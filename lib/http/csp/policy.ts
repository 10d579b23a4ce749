// The Content-Security-Policy of every answer. Scripts run only from this site's own files or
// when the server vouched for them: by hash for a page stored in the micro-cache (computed once
// per stored copy), by a fresh nonce for a page streamed from Next (scripts/serve.ts). Nothing
// is loaded from another host. Styles keep 'unsafe-inline': React writes `style` attributes
// (the editor's toolbar, progress bars) that a hash or nonce cannot cover.
import { parseEnv } from '../../env'

export const CSP_REPORT_PATH = '/api/csp-report'
export const CSP_REPORT_GROUP = 'csp'

/** Sent with every answer of an https site, so browsers know where `report-to` goes. */
export const REPORTING_ENDPOINTS = `${CSP_REPORT_GROUP}="${CSP_REPORT_PATH}"`

/**
 * Chromium posts reports through the Reporting API only over https, and ignores `report-uri`
 * once `report-to` is named; so `report-to` is named only where it is delivered, and every
 * other browser and plain-http site (the tests' own) use `report-uri`, sent at once.
 */
const reportsThroughReportingApi = () => parseEnv().SITE_URL.startsWith('https:')

/** The one page other sites may frame: the embeddable petition widget. */
export function isFrameablePath(path: string): boolean {
  return /^\/petitions\/[^/?#]+\/widget\/?(?:[?#]|$)/.test(path)
}

type PolicyOptions = {
  /** 'sha256-…' or 'nonce-…' sources for the page's own inline scripts. */
  scriptSources?: string[]
  frameable?: boolean
  /** `next dev` evaluates code and injects its own inline scripts; never in production. */
  dev?: boolean
}

export function contentSecurityPolicy({ scriptSources = [], frameable = false, dev = false }: PolicyOptions = {}): string {
  // 'report-sample': a report quotes the blocked script's first 40 characters, to tell what it was.
  const scripts = dev ? ["'self'", "'unsafe-eval'", "'unsafe-inline'"] : ["'self'", "'report-sample'", ...scriptSources]
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    // Uploads preview from blob: URLs in the editor; data: for tiny inline placeholders.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? '*' : "'self'"}`,
    `report-uri ${CSP_REPORT_PATH}`,
    ...(reportsThroughReportingApi() ? [`report-to ${CSP_REPORT_GROUP}`] : []),
  ].join('; ')
}

let defaults: { framed: string; unframed: string } | undefined

/** For answers whose inline scripts nobody vouched for: own files only, no inline script at all. */
export function defaultContentSecurityPolicy(path: string): string {
  defaults ??= { framed: contentSecurityPolicy({ frameable: true }), unframed: contentSecurityPolicy() }
  return isFrameablePath(path) ? defaults.framed : defaults.unframed
}
