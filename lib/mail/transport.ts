import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import { parseEnv } from '@/lib/env'
import { buildMime, type MimeMessage } from '@/lib/mail/mime'

// Sends over SMTP when SMTP_URL is set. Otherwise each message is written to the local outbox
// (PLACARD_DATA_DIR/outbox/*.eml) so the whole flow works offline; the worker logs the links.

export type Message = Omit<MimeMessage, 'from'>

let transporter: ReturnType<typeof nodemailer.createTransport> | null = null

function smtp(url: string) {
  transporter ??= nodemailer.createTransport(url, { pool: true, maxConnections: 4 } as object)
  return transporter
}

export function outboxDir() {
  return path.resolve(parseEnv().PLACARD_DATA_DIR, 'outbox')
}

export async function sendMail(message: Message): Promise<'smtp' | 'outbox'> {
  const env = parseEnv()
  const { raw, messageId } = buildMime({ from: env.MAIL_FROM, ...message })
  if (env.SMTP_URL) {
    const from = /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM
    await smtp(env.SMTP_URL).sendMail({ envelope: { from, to: [message.to] }, raw })
    return 'smtp'
  }
  const dir = outboxDir()
  await mkdir(dir, { recursive: true })
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-z0-9]/gi, '').slice(0, 24)}.eml`
  await writeFile(path.join(dir, name), raw)
  return 'outbox'
}
