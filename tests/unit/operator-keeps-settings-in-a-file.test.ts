import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

// An operator keeps the settings in `.env` beside Placard (or a file PLACARD_ENV_FILE names):
// every entry point reads it, and a variable set in the environment wins over the file.

const root = process.cwd()
const tsx = import.meta.resolve('tsx')
const LONG_SECRET = '0123456789abcdef0123456789abcdef0123'

/** Runs an entry point from `cwd` (a folder with its own .env), with none of Placard's settings in the environment. */
function run(script: string, cwd: string, env: Record<string, string> = {}) {
  const clean: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ['PLACARD_SECRET', 'DATABASE_URL', 'PLACARD_ENV_FILE', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']) delete clean[key]
  return spawnSync(process.execPath, ['--conditions=react-server', '--import', tsx, path.join(root, script)], {
    cwd,
    env: { ...clean, TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.json'), PLACARD_DATA_DIR: path.join(cwd, 'data'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

function folderWithSettings(lines: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'placard-env-'))
  writeFileSync(path.join(dir, '.env'), lines)
  return dir
}

it('the worker takes the secret from .env and still names the setting the file lacks', () => {
  const dir = folderWithSettings(`# the shared secret\nPLACARD_SECRET=${LONG_SECRET}\n`)
  const result = run('scripts/worker.ts', dir)
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('The background worker cannot start: a setting is missing.')
  expect(result.stderr).toMatch(/DATABASE_URL: the PostgreSQL connection string/)
  expect(result.stderr).not.toMatch(/PLACARD_SECRET:/)
}, 70_000)

it('a variable set in the environment wins over .env', () => {
  const dir = folderWithSettings(`PLACARD_SECRET=${LONG_SECRET}\nDATABASE_URL=postgresql://placard@127.0.0.1:1/placard\n`)
  const result = run('scripts/worker.ts', dir, { PLACARD_SECRET: 'short' })
  expect(result.status).not.toBe(0)
  expect(result.stderr).toMatch(/PLACARD_SECRET must be at least 32 characters/)
}, 70_000)

it('npm start reads .env before anything else', () => {
  // Read from the file, the bad port stops `npm start` before it starts any database.
  const dir = folderWithSettings('PORT=eighty\n')
  const result = run('scripts/start.ts', dir)
  expect(result.status).not.toBe(0)
  expect(result.stderr).toMatch(/Invalid environment configuration:\s+PORT:/)
}, 70_000)

it('PLACARD_ENV_FILE names another file; one that does not exist is refused in words', () => {
  const dir = folderWithSettings('PLACARD_SECRET=short\n')
  writeFileSync(path.join(dir, 'placard.env'), `PLACARD_SECRET=${LONG_SECRET}\n`)
  const named = run('scripts/worker.ts', dir, { PLACARD_ENV_FILE: path.join(dir, 'placard.env') })
  expect(named.stderr).toMatch(/a setting is missing\.\n\s+DATABASE_URL/)

  const missing = run('scripts/worker.ts', dir, { PLACARD_ENV_FILE: '/etc/placard/no-such-file' })
  expect(missing.status).toBe(1)
  expect(missing.stderr).toContain('PLACARD_ENV_FILE names /etc/placard/no-such-file, which does not exist.')
}, 70_000)
