import { inject } from 'vitest'

// Must run before any test imports lib/env (it reads DATABASE_URL once, on import).
process.env.DATABASE_URL = inject('databaseUrl')
