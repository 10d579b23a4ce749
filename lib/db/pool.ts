import pg from 'pg'
import { parseEnv } from '@/lib/env'

// A plain node-postgres pool for the few hot paths that run one hand-written statement per
// request (signing); everything else goes through Prisma (lib/db.ts).

const globalForPool = globalThis as { placardPool?: pg.Pool }

export function pool(): pg.Pool {
  if (!globalForPool.placardPool) {
    const { DATABASE_URL, PG_POOL_MAX } = parseEnv()
    if (!DATABASE_URL) throw new Error('DATABASE_URL is not set.')
    const created = new pg.Pool({ connectionString: DATABASE_URL, max: PG_POOL_MAX })
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    created.on('error', (error) => console.error('[placard] database connection lost:', error.message))
    globalForPool.placardPool = created
  }
  return globalForPool.placardPool
}
