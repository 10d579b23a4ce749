import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import { parseEnv } from '@/lib/env'

// Sends over SMTP when SMTP_URL is set. Otherwise each message is written to the local outbox
// (PLACARD_DATA_DIR/outbox/*.eml) so the whole flow works offline; the worker logs the links.

export type Message = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> }

let transporter: ReturnType<typeof nodemailer.createTransport> | null = null

function smtp(url: string) {
  transporter ??= nodemailer.createTransport(url, { pool: true, maxConnections: 4 } as object)
  return transporter
}

const outboxRenderer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

export function outboxDir() {
  return path.resolve(parseEnv().PLACARD_DATA_DIR, 'outbox')
}

export async function sendMail(message: Message): Promise<'smtp' | 'outbox'> {
  const env = parseEnv()
  const mail = { from: env.MAIL_FROM, ...message }
  if (env.SMTP_URL) {
    await smtp(env.SMTP_URL).sendMail(mail)
    return 'smtp'
  }
  const rendered = (await outboxRenderer.sendMail(mail)) as { message: Buffer; messageId: string }
  const dir = outboxDir()
  await mkdir(dir, { recursive: true })
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${rendered.messageId.replace(/[^a-z0-9]/gi, '').slice(0, 24)}.eml`
  await writeFile(path.join(dir, name), rendered.message)
  return 'outbox'
}
