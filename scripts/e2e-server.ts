// Started by Playwright (playwright.config.ts): a fresh, seeded production site for the
// end-to-end tests. Stops everything when Playwright ends it.
import { serveProduction } from './lib/serve-production'

const port = Number(process.env.E2E_PORT ?? 3100)
const site = await serveProduction({ name: 'e2e', port, pgPort: Number(process.env.E2E_PG_PORT ?? 5497) })
console.log(`DATABASE_URL=${site.databaseUrl}`)
const stop = () => void site.stop().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
