// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database.
import { withDatabase } from './lib/database'

await withDatabase(async () => {
  console.log('Migrations are up to date.')
})
