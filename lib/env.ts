import proxyAddr from 'proxy-addr'
import { z } from 'zod'

const TRUST_PROXY_VALUES =
  'must be true, false, the number of proxies in front (1–10) or a comma-separated list of their addresses or CIDR ranges (10.0.0.0/8, loopback)'

/** An address, a CIDR range or one of proxy-addr's names, as TRUST_PROXY may list them. */
function isProxyAddress(entry: string): boolean {
  if (!entry) return false
  try {
    proxyAddr.compile(entry)
    return true
  } catch {
    return false
  }
}

// Every environment variable Placard reads, parsed in one place. README lists the same set.
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Placard'),
  SITE_TAGLINE: z.string().default('Solidarity with Kardania’s jailed trade unionists'),
  CONTACT_EMAIL: z.string().email().default('campaign@example.org'),
  /** Where signed petition sheets are posted back, unless a petition has its own return address ("\n" starts a new line). */
  CAMPAIGN_POSTAL_ADDRESS: z.string().trim().max(500).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address the web server listens on (all interfaces by default). */
  HOSTNAME: z.string().min(1).default('0.0.0.0'),
  /** The build folder; the tests and benchmarks use their own. */
  PLACARD_DIST_DIR: z.string().min(1).default('.next'),
  PLACARD_DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  /** Keys the proof-of-work challenges, signature links and IP hashes. Shared by all instances. */
  PLACARD_SECRET: z.string().min(32, 'PLACARD_SECRET must be at least 32 characters (try: openssl rand -hex 32)').optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Placard <campaign@example.org>'),
  /**
   * Behind a reverse proxy: how many proxies append to X-Forwarded-For (`true` is one), or which
   * addresses are the proxies (a comma-separated list of addresses, CIDR ranges and proxy-addr's
   * names loopback, linklocal, uniquelocal). The client's address is read from the right of
   * X-Forwarded-For, past the trusted hops: entries further left were written by the client and
   * prove nothing. A number becomes a count of hops; a list stays a list (lib/http/client-ip.ts).
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx): number | string[] => {
      const v = value.trim()
      if (v === 'true' || v === 'false') return v === 'true' ? 1 : 0
      const list = v.split(',').map((entry) => entry.trim())
      if (/^\d+$/.test(v) && Number(v) <= 10) return Number(v)
      // A bare number is a count of hops, never an address (proxy-addr would read "11" as 0.0.0.11).
      const bad = list.filter((entry) => /^\d+$/.test(entry) || !isProxyAddress(entry))
      if (bad.length === 0) return list
      ctx.addIssue({ code: 'custom', message: `${TRUST_PROXY_VALUES}; not an address or range: ${bad.map((b) => `"${b}"`).join(', ')}` })
      return z.NEVER
    }),
  /**
   * Whether /api/ready requires a background worker's recent heartbeat. `false` only for a
   * deployment that runs no worker on purpose (no email at all).
   */
  READY_REQUIRES_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * `nginx` when the deploy recipe's nginx keeps public pages in front of this instance
   * (deploy/nginx/placard.conf): every page answer then tells nginx how long to keep it
   * (X-Accel-Expires), so a content change shows through nginx within about a second.
   */
  PROXY_CACHE: z.enum(['none', 'nginx']).default('none'),
  /**
   * A folder nginx in front serves pages from (deploy/nginx/placard.conf): each page this
   * instance answers from its micro-cache is also written there for the current second, and nginx
   * sends it as a static file until the second ends (lib/http/page-files.ts). The same folder for
   * every instance on the machine; unset (or empty), no page is written.
   */
  PAGE_FILES_DIR: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  /** How much the web server and the worker log: trace, debug, info (default), warn, error, fatal or silent. */
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  /** `json` (one object per line) or `text`; default json when NODE_ENV=production or the output is no terminal, else text. */
  LOG_FORMAT: z.enum(['json', 'text']).optional(),
  /** `false`: log lines are written asynchronously, in batches (a SIGKILL loses the last few ms of them). */
  LOG_SYNC: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Proof-of-work difficulty: the largest number a browser may have to try (about 0.3 s on a phone at 50,000). */
  ALTCHA_MAX_NUMBER: z.coerce.number().int().min(10).max(10_000_000).default(50_000),
  /** Forms submitted faster than this after the page loaded are held for moderation. */
  SIGN_MIN_SECONDS: z.coerce.number().min(0).max(600).default(3),
  /** Connections each instance opens for the sign endpoint (besides Prisma's and the worker's). */
  PG_POOL_MAX: z.coerce.number().int().min(1).max(500).default(16),
  /** Fill an empty database with the demo content at start-up (default: only the embedded one). */
  SEED_DEMO_CONTENT: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Where uploaded images are kept (default: PLACARD_DATA_DIR/media). */
  MEDIA_DIR: z.string().min(1).optional(),
  /** A copy of the WordPress site's wp-content/uploads on this server, read by imports started in the admin area. */
  WORDPRESS_UPLOADS_DIR: z.string().min(1).optional(),
  /** Months after a petition closes (or is delivered) before its signers' personal data is removed. */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** How long an admin session lasts without signing in again, in hours. */
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
})

export type Env = z.infer<typeof schema>

const KEYS = Object.keys(schema.shape) as (keyof Env)[]
/** The name of every setting parsed here (.env.example and the README list the same). */
export const SETTING_NAMES: readonly string[] = KEYS
let memo: { raw: (string | undefined)[]; env: Env } | null = null

/** Parsed settings; re-parsed only when one of Placard's variables changed (tests change them). */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source !== process.env) return parseSource(source)
  if (memo && KEYS.every((k, i) => source[k] === memo!.raw[i])) return memo.env
  const raw = KEYS.map((k) => source[k])
  const env = parseSource(source)
  memo = { raw, env }
  return env
}

function parseSource(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment configuration:\n${problems}`)
  }
  return parsed.data
}

/**
 * The settings a process cannot do without, each with what to do about it (empty when all is
 * set). `npm start` makes a secret for the embedded database itself; with DATABASE_URL set,
 * Placard may run as several instances on one database, which must share one secret, so none
 * may quietly make its own. The web server and the worker are always given both by whoever
 * starts them.
 */
export function missingSettings(source: Record<string, string | undefined>, role: 'start' | 'server'): string[] {
  const missing: string[] = []
  if (role === 'server' && !source.DATABASE_URL) {
    missing.push('DATABASE_URL: the PostgreSQL connection string (npm start sets it for the embedded database).')
  }
  if (!source.PLACARD_SECRET && (role === 'server' || source.DATABASE_URL)) {
    missing.push(
      'PLACARD_SECRET: keys confirmation links, admin sessions and IP hashes, and must be the same on every instance. Set it to a long random string (openssl rand -hex 32).',
    )
  }
  return missing
}

/** Stops a process that cannot run safely, naming every setting it lacks. */
export function refuseToStartWithout(what: string, missing: string[]): void {
  if (missing.length === 0) return
  console.error(`${what} cannot start: ${missing.length === 1 ? 'a setting is' : 'settings are'} missing.\n${missing.map((m) => `  ${m}`).join('\n')}`)
  process.exit(1)
}

export const env = parseEnv()
