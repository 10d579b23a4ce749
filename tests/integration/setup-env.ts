import { inject } from 'vitest'

// Must run before any test imports lib/env (it reads DATABASE_URL once, on import).
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PLACARD_SECRET ??= 'integration-tests-secret-0123456789abcdef'
// A low proof-of-work difficulty keeps solving fast; the checks themselves are the real ones.
process.env.ALTCHA_MAX_NUMBER = '2000'
process.env.SIGN_MIN_SECONDS = '0'
