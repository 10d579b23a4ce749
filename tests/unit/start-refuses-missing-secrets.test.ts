import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

// An operator who forgets a secret is told which, before anything starts; nobody finds out
// later from confirmation links that fail on another instance.

function run(script: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'placard-start-'))
  const clean: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ['PLACARD_SECRET', 'DATABASE_URL', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']) delete clean[key]
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], {
    // A developer's own .env must not fill in what each case leaves out.
    env: { ...clean, PLACARD_ENV_FILE: '', PLACARD_DATA_DIR: dataDir, PORT: '3987', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { ...result, dataDir }
}

it('npm start with DATABASE_URL but no PLACARD_SECRET refuses, says which and makes no secret of its own', () => {
  const result = run('scripts/start.ts', { DATABASE_URL: 'postgresql://placard@127.0.0.1:1/placard' })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/Placard cannot start: a setting is missing\.\n\s+PLACARD_SECRET: .*same on every instance.*openssl rand -hex 32/)
  expect(existsSync(path.join(result.dataDir, 'secret'))).toBe(false)
}, 70_000)

it('the web server and the worker refuse to start without the database and the secret, naming both', () => {
  const processes = { 'scripts/serve.ts': 'The web server', 'scripts/worker.ts': 'The background worker' }
  for (const [script, what] of Object.entries(processes)) {
    const result = run(script, {})
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toContain(`${what} cannot start: settings are missing.`)
    expect(result.stderr).toMatch(/DATABASE_URL: the PostgreSQL connection string/)
    expect(result.stderr).toMatch(/PLACARD_SECRET: keys confirmation links/)
  }
}, 130_000)

it('a short secret is refused with how to make a good one', () => {
  const result = run('scripts/worker.ts', { DATABASE_URL: 'postgresql://placard@127.0.0.1:1/placard', PLACARD_SECRET: 'short' })
  expect(result.status).not.toBe(0)
  expect(result.stderr).toMatch(/PLACARD_SECRET must be at least 32 characters \(try: openssl rand -hex 32\)/)
}, 70_000)
