import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { env } from '@/lib/env'

function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set. Start Placard with `npm start`, which provides one.')
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 })
  // Secrets never leave the database layer unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } })
}

type Client = ReturnType<typeof createClient>
const globalForPrisma = globalThis as unknown as { placardPrisma?: Client }

export const db: Client = globalForPrisma.placardPrisma ?? createClient()
globalForPrisma.placardPrisma = db
