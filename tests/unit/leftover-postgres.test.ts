import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { clearLeftoverPostgres } from '../../scripts/lib/leftover-postgres'

// A postmaster.pid left by a PostgreSQL that is gone must not stop the next `npm start`, nor
// send a signal to whatever process now has that number. (A live leftover PostgreSQL is
// stopped for real in tests/integration/operator-restarts-a-crashed-site.test.ts.)

function dataDirWithPidFile(pid: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'placard-pg-'))
  writeFileSync(path.join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1764620000\n5691\n/tmp\n127.0.0.1\n  5691001  1\nready\n`)
  return dir
}

it('removes a pid file whose process is gone, saying so', async () => {
  const dir = dataDirWithPidFile(2 ** 22 + 12345)
  const said: string[] = []
  await clearLeftoverPostgres(dir, (line) => said.push(line))
  expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(false)
  expect(said).toEqual([`Removed a stale postmaster.pid from ${dir}: process ${2 ** 22 + 12345} is no longer running (an earlier start did not stop cleanly).`])
})

it('treats a pid file naming a live process that is not PostgreSQL as stale, and signals nothing', async () => {
  // This very test runner: alive, but no PostgreSQL.
  const dir = dataDirWithPidFile(process.pid)
  const said: string[] = []
  await clearLeftoverPostgres(dir, (line) => said.push(line))
  expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(false)
  expect(said).toEqual([
    `Removed a stale postmaster.pid from ${dir}: process ${process.pid} is not PostgreSQL (the number was reused) (an earlier start did not stop cleanly).`,
  ])
})

it('does nothing where no PostgreSQL ever ran', async () => {
  const said: string[] = []
  await clearLeftoverPostgres(mkdtempSync(path.join(tmpdir(), 'placard-pg-')), (line) => said.push(line))
  expect(said).toEqual([])
})
