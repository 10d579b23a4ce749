import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { serverActionsKey } from '../../scripts/lib/secret'

// Several instances serve one build: `npm run build` once, then `npm run serve` and `npm run
// worker` on each, none of which builds. The web server refuses, in words, a missing build or
// one whose fingerprint is not that of the sources and settings it runs with.

const SECRET = '0123456789abcdef0123456789abcdef0123'
const settings = {
  DATABASE_URL: 'postgresql://placard@127.0.0.1:1/placard',
  PLACARD_SECRET: SECRET,
  SITE_URL: 'https://campaign.example.org',
  SITE_NAME: 'Placard',
  SITE_TAGLINE: 'x',
  CONTACT_EMAIL: 'campaign@example.org',
}

function npmRun(script: string, env: Record<string, string>, args: string[] = []) {
  const clean: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ['PLACARD_SECRET', 'DATABASE_URL', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'NODE_ENV']) delete clean[key]
  return spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    env: { ...clean, PLACARD_ENV_FILE: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

/** A folder that looks like a build (a BUILD_ID), with this fingerprint beside it if any. */
function fakeBuild(fingerprint?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'placard-build-'))
  writeFileSync(path.join(dir, 'BUILD_ID'), 'test-build')
  if (fingerprint !== undefined) writeFileSync(path.join(dir, 'placard-build-fingerprint'), fingerprint)
  return dir
}

it('npm run serve without a build refuses and says how to make one', () => {
  const dist = path.join(mkdtempSync(path.join(tmpdir(), 'placard-build-')), 'none')
  const result = npmRun('serve', { ...settings, PLACARD_DIST_DIR: dist })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain(`The web server cannot start: there is no production build in ${dist}. Build with \`npm run build\``)
  // Skipping the fingerprint check does not make a missing build servable.
  expect(npmRun('serve', { ...settings, PLACARD_DIST_DIR: dist }, ['--skip-build-check']).stderr).toContain('there is no production build')
}, 70_000)

it('npm run serve refuses a build not made by npm run build, or made from other sources or settings', () => {
  const unstamped = npmRun('serve', { ...settings, PLACARD_DIST_DIR: fakeBuild() })
  expect(unstamped.status).toBe(1)
  expect(unstamped.stderr).toMatch(/was not made by `npm run build`.*npm run serve -- --skip-build-check/)

  const stale = npmRun('serve', { ...settings, PLACARD_DIST_DIR: fakeBuild('0'.repeat(64)) })
  expect(stale.status).toBe(1)
  expect(stale.stderr).toMatch(/was made from other sources or settings \(SITE_URL.*PLACARD_SECRET\) than these/)
}, 70_000)

it('npm run serve takes a build whose fingerprint matches, and any build when told to skip the check', async () => {
  // The fingerprint `npm run build` would record with these settings.
  const { sourceFingerprint } = await import('../../scripts/lib/build-freshness')
  const fresh = fakeBuild(sourceFingerprint({ ...settings, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey(SECRET) }))

  // Past the check, the server goes on to read the (fake) build, which has nothing more in it.
  const matching = npmRun('serve', { ...settings, PLACARD_DIST_DIR: fresh })
  expect(matching.stderr).not.toContain('cannot start')
  expect(matching.stderr).toContain('server-reference-manifest.json')

  const otherSecret = npmRun('serve', { ...settings, PLACARD_SECRET: 'f'.repeat(40), PLACARD_DIST_DIR: fresh })
  expect(otherSecret.stderr).toContain('was made from other sources or settings')

  const skipped = npmRun('serve', { ...settings, PLACARD_DIST_DIR: fakeBuild() }, ['--skip-build-check'])
  expect(skipped.stderr).not.toContain('cannot start')
  expect(skipped.stderr).toContain('server-reference-manifest.json')
}, 120_000)

it('npm run build and npm run worker need the database and the shared secret, and say so', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'placard-data-'))
  mkdirSync(dataDir, { recursive: true })
  for (const [script, what] of [
    ['build', 'The build'],
    ['worker', 'The background worker'],
  ]) {
    const result = npmRun(script!, { PLACARD_DATA_DIR: dataDir })
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toContain(`${what} cannot start: settings are missing.`)
    expect(result.stderr).toMatch(/DATABASE_URL: .*\n\s+PLACARD_SECRET: .*same on every instance/)
  }
}, 70_000)
