// Imported by the web server before anything that reads the build: it serves the build it is
// given and never makes one, so a missing build, or one made from other sources or settings
// (a half-finished deploy), is named before it starts. `--skip-build-check` skips the second.
import { parseEnv } from '@/lib/env'
import { buildState, DIST_DIR, SKIP_BUILD_CHECK, sourceFingerprint } from './build-freshness'
import { serverActionsKey } from './secret'

function refuse(why: string) {
  console.error(`The web server cannot start: ${why}`)
  process.exit(1)
}

// Next.js serves a production build only with NODE_ENV=production.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })
const skip = process.argv.includes(SKIP_BUILD_CHECK)
// The key `npm run build` derived from the secret, for the fingerprint only: at run time Next
// prefers this variable to the key kept in the build, so it stays unset unless the operator set it.
const buildSettings = { ...process.env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey(parseEnv().PLACARD_SECRET!) }
const state = buildState(skip ? '' : sourceFingerprint(buildSettings))
const rebuild = 'Build with `npm run build` (with the same settings as this server) and give every instance that folder'
if (state === 'missing') refuse(`there is no production build in ${DIST_DIR}. ${rebuild}.`)
else if (!skip && state === 'unstamped') {
  refuse(
    `the build in ${DIST_DIR} was not made by \`npm run build\`, so nothing says which sources it holds. ${rebuild}, or start with \`npm run serve -- ${SKIP_BUILD_CHECK}\` to serve it anyway.`,
  )
} else if (!skip && state === 'stale') {
  refuse(
    `the build in ${DIST_DIR} was made from other sources or settings (SITE_URL, SITE_NAME, SITE_TAGLINE, CONTACT_EMAIL, PLACARD_SECRET) than these. ` +
      `${rebuild}, or start with \`npm run serve -- ${SKIP_BUILD_CHECK}\` if this is the build you mean to serve.`,
  )
}
