// npm run db:seed — adds the demo content to an empty database (DATABASE_URL, or the embedded one).
import './lib/load-env-file'
import { withDatabase } from './lib/database'

await withDatabase(async () => {
  const { db } = await import('@/lib/db/client')
  const { seedDemoContent } = await import('../prisma/seed')
  const seeded = await seedDemoContent(db, console.log)
  if (!seeded) console.log('The database already has posts; nothing was added.')
  await db.$disconnect()
})
