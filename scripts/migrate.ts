// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database.
import './lib/load-env-file'
import { withDatabase } from './lib/database'

await withDatabase(async () => {
  console.log('Migrations are up to date.')
})
