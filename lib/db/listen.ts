import pg from 'pg'

// LISTEN on one PostgreSQL channel for as long as the process runs. A lost connection (a
// database restart, a failover) is replaced after a short pause; notifications sent meanwhile
// are lost, so `onConnected` runs after every (re)connection for the caller to catch up, and
// `onLost` when the connection goes. Used by the content listener, the page micro-cache and the
// hold-rule settings. No 'server-only': scripts/serve.ts runs it outside React's server build.

const RECONNECT_DELAY_MS = 2_000

export type ListenOptions = {
  url: string
  channel: string
  /** Names the listener in the log. */
  name: string
  onNotification: (payload: string) => void
  onConnected?: () => void
  onLost?: () => void
}

/** Resolves once the first connection attempt has finished (successfully or not). */
export async function listenForever(options: ListenOptions): Promise<void> {
  const client = new pg.Client({ connectionString: options.url })
  let lost = false
  const retry = () => {
    if (lost) return
    lost = true
    options.onLost?.()
    client.removeAllListeners()
    // A late error from the closing connection must not crash the process.
    client.on('error', () => {})
    client.end().catch(() => {})
    setTimeout(() => void listenForever(options), RECONNECT_DELAY_MS).unref()
  }
  client.on('notification', (message) => options.onNotification(message.payload ?? ''))
  client.on('error', (error) => {
    console.error(`[placard] ${options.name} lost its database connection:`, error.message)
    retry()
  })
  client.on('end', retry)
  try {
    await client.connect()
    await client.query(`LISTEN ${options.channel}`)
    options.onConnected?.()
  } catch (error) {
    console.error(`[placard] ${options.name} could not connect:`, (error as Error).message)
    retry()
  }
}
