import { hash, verify } from '@node-rs/argon2'
import { PASSWORD_MAX } from '@/lib/auth/password-rules'

// argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). Lengths are capped so nobody can
// make the server hash a megabyte.

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

// Verifying against this when the account doesn't exist costs the same time as a real check,
// so response times don't tell which emails have accounts.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$LZkXQIWjx7rE4giCsChY0g$y3a9sTrZ6pCTLiigdUOfOhjXwHNh6oqc20oV2GVc1/Y'

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX) return false
  try {
    const ok = await verify(storedHash ?? DUMMY_HASH, password)
    return Boolean(storedHash) && ok
  } catch {
    return false
  }
}
