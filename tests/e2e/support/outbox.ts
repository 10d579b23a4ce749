import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

// The e2e site runs without SMTP_URL, so its emails land in its outbox folder.
const outbox = path.resolve('.data/e2e/site/outbox')

/** The newest email to `address`, decoded, or null if none has arrived. */
export function latestEmailTo(address: string): string | null {
  if (!existsSync(outbox)) return null
  const files = readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse()
  for (const file of files) {
    const raw = readFileSync(path.join(outbox, file), 'utf8')
    if (new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}\r?$`, 'mi').test(raw)) return raw
  }
  return null
}

export function emailsTo(address: string): number {
  if (!existsSync(outbox)) return 0
  return readdirSync(outbox).filter((f) => new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}\r?$`, 'mi').test(readFileSync(path.join(outbox, f), 'utf8')))
    .length
}

export function confirmLinkIn(email: string): string {
  const link = email.match(/https?:\/\/[^\s"<]+\/signatures\/confirm\?token=[A-Za-z0-9._-]+/)?.[0]
  if (!link) throw new Error('no confirmation link in the email')
  return link
}

/** Every email in the outbox whose subject line is `subject` (ASCII subjects only), raw. */
export function emailsWithSubject(subject: string): string[] {
  if (!existsSync(outbox)) return []
  return readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(path.join(outbox, f), 'utf8'))
    .filter((raw) => /^Subject: (.*(?:\r\n .*)*)/m.exec(raw)?.[1]?.replace(/\r\n /g, ' ') === subject)
}

/** The unsubscribe link in an update's text part (quoted-printable, so decoded first). */
export function unsubscribeLinkIn(email: string): string {
  const text = email.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  const link = text.match(/https?:\/\/[^\s"<]+\/signatures\/unsubscribe\?token=[A-Za-z0-9._-]+/)?.[0]
  if (!link) throw new Error('no unsubscribe link in the email')
  return link
}

/** A link to `path` (?token=…) in an email's text (8-bit, or quoted-printable and decoded first). */
export function linkIn(email: string, path: string): string {
  const pattern = new RegExp(`https?://[^\\s"<]+${path}\\?token=[A-Za-z0-9._-]+`)
  const decoded = email.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  const link = (/Content-Transfer-Encoding: quoted-printable/i.test(email) ? decoded : email).match(pattern)?.[0]
  if (!link) throw new Error(`no ${path} link in the email`)
  return link
}
