// Started by Playwright (playwright.config.ts): a fresh, seeded production site for the
// end-to-end tests. Stops everything when Playwright ends it. Everything it and the site print
// is also kept in test-results/e2e-server.log, which the privacy scan reads after the run.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { e2ePageFilesDir } from '../tests/e2e/support/nginx'
import { e2eProcessesFile, e2eServerLog } from '../tests/e2e/support/site'
import { serveProduction } from './lib/serve-production'

mkdirSync(path.dirname(e2eServerLog), { recursive: true })
writeFileSync(e2eServerLog, '')
const log = (line: string) => {
  console.log(line)
  appendFileSync(e2eServerLog, `${line}\n`)
}
const port = Number(process.env.E2E_PORT ?? 3100)
// As behind the deploy recipe's nginx, which the tests of pages sent as files put in front
// (tests/e2e/support/nginx.ts); without it, the site answers as it always does.
const extraEnv = { PROXY_CACHE: 'nginx', PAGE_FILES_DIR: e2ePageFilesDir }
const site = await serveProduction({ name: 'e2e', port, pgPort: Number(process.env.E2E_PG_PORT ?? 5497), log, logFile: e2eServerLog, extraEnv })
log(`DATABASE_URL=${site.databaseUrl}`)
// For the soak test's memory readings (tests/e2e/site-holds-up-under-a-soak.spec.ts).
writeFileSync(e2eProcessesFile, JSON.stringify(site.processes))
const stop = () => void site.stop().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
