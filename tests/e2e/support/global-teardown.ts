import { existsSync, readFileSync } from 'node:fs'
import { describeFindings, scanDatabase, scanLogs, staffEmails } from '../../support/personal-data-scan'
import { e2eDatabaseUrl, e2eServerLog } from './site'

// After the whole end-to-end run, while the site and its database still run (Playwright ends
// the webServer only after the global teardown): no raw IP address and no signer's email may
// be anywhere in the database or the server's logs but where tests/support/personal-data-scan.ts
// allows. A finding fails the run, naming table.column or file:line.

export default async function scanForPersonalData() {
  const { findings: inDatabase, columns } = await scanDatabase(e2eDatabaseUrl)
  const inLogs = scanLogs([e2eServerLog], await staffEmails(e2eDatabaseUrl))
  const lines = existsSync(e2eServerLog) ? readFileSync(e2eServerLog, 'utf8').split('\n').length : 0
  console.log(
    `Privacy scan: ${columns} text/JSON columns of every table and ${lines} lines of the server's log: ${inDatabase.length + inLogs.length} findings.`,
  )
  if (inDatabase.length || inLogs.length) {
    throw new Error(`Personal data where it must not be (raw IP addresses, signers' emails):\n${describeFindings([...inDatabase, ...inLogs])}`)
  }
}
