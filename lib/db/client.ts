import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { parseEnv } from '@/lib/env'

function createClient() {
  // Read at first use, not at import: `npm start` sets DATABASE_URL after starting PostgreSQL.
  const { DATABASE_URL } = parseEnv()
  if (!DATABASE_URL) {
    throw new Error('DATABASE_URL is not set. Start Placard with `npm start`, which provides one.')
  }
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: 10 })
  // Secrets never leave the database layer unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } })
}

type Client = ReturnType<typeof createClient>
const globalForPrisma = globalThis as unknown as { placardPrisma?: Client }

export const db: Client = globalForPrisma.placardPrisma ?? createClient()
globalForPrisma.placardPrisma = db
