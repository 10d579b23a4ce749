import { createHmac, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** PLACARD_SECRET from the environment, or one kept in the data folder (made on first start). */
export function ensureSecret(dataDir: string): string {
  if (process.env.PLACARD_SECRET) return process.env.PLACARD_SECRET
  const file = path.resolve(dataDir, 'secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

/**
 * The key Next.js encrypts server-action ids and closures with, fixed at build time. Derived
 * from the one secret unless set, so every instance built with the same secret accepts the
 * same forms (Next otherwise makes a new key on every build).
 */
export function serverActionsKey(secret: string): string {
  return process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? createHmac('sha256', secret).update('placard:server-actions').digest('base64')
}

/** Puts the server-actions key in this process's environment, where the build and its fingerprint read it. */
export function applyServerActionsKey(secret: string) {
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = serverActionsKey(secret)
}
