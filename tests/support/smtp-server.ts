import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll } from 'vitest'

// A throw-away SMTP server for tests that check mail over a real SMTP exchange. It keeps every
// message it accepts (one entry per recipient), can refuse the next few with a temporary error,
// and can hold its answer to a message while the test does something (kills a worker, say).

export type ReceivedMail = { to: string; raw: string }

type Control = { rejectNext: number; beforeAnswer: ((count: number) => Promise<void>) | null }

export async function startTestSmtp(received: ReceivedMail[] = [], state: Control = { rejectNext: 0, beforeAnswer: null }) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (c: Buffer) => (raw += c.toString()))
      stream.on('end', () => {
        if (state.rejectNext > 0) {
          state.rejectNext--
          return callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }))
        }
        for (const r of session.envelope.rcptTo) received.push({ to: r.address, raw })
        void (state.beforeAnswer?.(received.length) ?? Promise.resolve()).then(() => callback())
      })
    },
  })
  // A client killed in the middle of a message (as a test does on purpose) resets its connection;
  // the server reports it here, and anything else is shown.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') console.error('test SMTP server:', error)
  })
  const port = 2600 + Math.floor(Math.random() * 600)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Starts one for the whole test file and sends the app's mail to it (SMTP_URL). */
export function withTestSmtp() {
  const handle = { received: [] as ReceivedMail[], state: { rejectNext: 0, beforeAnswer: null } as Control, url: '' }
  let close = async () => {}
  beforeAll(async () => {
    const smtp = await startTestSmtp(handle.received, handle.state)
    handle.url = smtp.url
    close = smtp.close
    process.env.SMTP_URL = smtp.url
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    await close()
  })
  return handle
}
