import pg from 'pg'
import { parseEnv } from '@/lib/env'

// A plain node-postgres pool for the few hot paths that run one hand-written statement per
// request (signing); everything else goes through Prisma (lib/db.ts).

const globalForPool = globalThis as { placardPool?: pg.Pool }

export function pool(): pg.Pool {
  if (!globalForPool.placardPool) {
    const { DATABASE_URL } = parseEnv()
    if (!DATABASE_URL) throw new Error('DATABASE_URL is not set.')
    globalForPool.placardPool = new pg.Pool({ connectionString: DATABASE_URL, max: 16 })
  }
  return globalForPool.placardPool
}
