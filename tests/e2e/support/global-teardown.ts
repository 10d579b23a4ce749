import { existsSync, readFileSync } from 'node:fs'
import { secretsOf } from '@/lib/log/sensitive'
import { describeFindings, scanDatabase, scanLogs } from '../../support/personal-data-scan'
import { e2eDatabaseUrl, e2eServerLog } from './site'

// After the whole end-to-end run, while the site and its database still run (Playwright ends
// the webServer only after the global teardown): no raw IP address and no signer's email may
// be anywhere in the database but where tests/support/personal-data-scan.ts allows, and no IP,
// email address, link token, session cookie or the secret in any line of the server's and the
// worker's logs (JSON lines included). A finding fails the run, naming table.column or file:line.

export default async function scanForPersonalData() {
  const { findings: inDatabase, columns } = await scanDatabase(e2eDatabaseUrl)
  // playwright.config.ts gave the site its secret, so it is known here.
  const inLogs = scanLogs([e2eServerLog], secretsOf())
  const lines = existsSync(e2eServerLog) ? readFileSync(e2eServerLog, 'utf8').split('\n').length : 0
  console.log(
    `Privacy scan: ${columns} text/JSON columns of every table and ${lines} lines of the server's log: ${inDatabase.length + inLogs.length} findings.`,
  )
  if (inDatabase.length || inLogs.length) {
    throw new Error(
      `Personal data or secrets where they must not be (raw IP addresses, emails, tokens, cookies, the secret):\n${describeFindings([...inDatabase, ...inLogs])}`,
    )
  }
}
