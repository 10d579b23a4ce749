import { randomBytes } from 'node:crypto'
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
