import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from '@/lib/env'

// `npm start` serves the production build, rebuilding only when something that goes into it
// changed: a fingerprint of the sources and build-time settings is kept beside the build.
// `npm run build` makes one the same way, and `npm run serve` refuses a build whose fingerprint
// is not that of the sources and settings it runs with.

const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/schema.prisma',
  'instrumentation.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
]
const SKIP = new Set(['node_modules', '.next', '.data'])
const BUILD_ENV = ['SITE_URL', 'SITE_NAME', 'SITE_TAGLINE', 'CONTACT_EMAIL', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']
export const DIST_DIR = parseEnv().PLACARD_DIST_DIR
/** Tells the web server to serve whatever build it finds (its starter has just checked it). */
export const SKIP_BUILD_CHECK = '--skip-build-check'
const STAMP = path.join(DIST_DIR, 'placard-build-fingerprint')

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/** What goes into a build made with these settings (this process's by default). */
export function sourceFingerprint(settings: Record<string, string | undefined> = process.env) {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(listFiles)) hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  for (const name of BUILD_ENV) hash.update(`${name}=${settings[name] ?? ''}\0`)
  return hash.digest('hex')
}

/** Whether the build folder holds a build of these sources and settings, and if not, why. */
export function buildState(fingerprint: string): 'fresh' | 'missing' | 'unstamped' | 'stale' {
  if (!existsSync(path.join(DIST_DIR, 'BUILD_ID'))) return 'missing'
  if (!existsSync(STAMP)) return 'unstamped'
  return readFileSync(STAMP, 'utf8') === fingerprint ? 'fresh' : 'stale'
}

export function buildIsFresh(fingerprint: string) {
  return buildState(fingerprint) === 'fresh'
}

export function recordBuild(fingerprint: string) {
  writeFileSync(STAMP, fingerprint)
}
