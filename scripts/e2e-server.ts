// Started by Playwright (playwright.config.ts): a fresh, seeded production site for the
// end-to-end tests. Stops everything when Playwright ends it.
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { e2eServerLog, e2eUnsanitisedMarkFile } from '../tests/e2e/support/server-files'
import { serveProduction } from './lib/serve-production'

const port = Number(process.env.E2E_PORT ?? 3100)
// Rich text holding this value skips the sanitiser (lib/content/sanitize-html.ts): the CSP test's
// stand-in for a sanitiser failure. Fresh each run, so no stored text can know it in advance.
const unsanitisedMark = randomBytes(24).toString('hex')
const site = await serveProduction({
  name: 'e2e',
  port,
  pgPort: Number(process.env.E2E_PG_PORT ?? 5497),
  extraEnv: { PLACARD_E2E_UNSANITISED_MARK: unsanitisedMark },
  serverLog: e2eServerLog,
})
writeFileSync(e2eUnsanitisedMarkFile, unsanitisedMark)
console.log(`DATABASE_URL=${site.databaseUrl}`)
const stop = () => void site.stop().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
