import 'server-only'
import { randomBytes } from 'node:crypto'
import { CONTENT_CHANNEL } from '@/lib/content/changes'
import { listenForever } from '@/lib/db/listen'
import { env, parseEnv } from '@/lib/env'

// Runs inside each app instance (started from instrumentation.ts). It LISTENs for content
// changes and hands them to this instance's /api/revalidate route, because Next.js can only
// revalidate cache tags inside a request. (Scheduled posts and petition deadlines are the
// worker's: lib/jobs/worker.ts.)

const BATCH_DELAY_MS = 50

type State = { secret: string; started: boolean }
const state = ((globalThis as { placardContentListener?: State }).placardContentListener ??= {
  secret: randomBytes(32).toString('hex'),
  started: false,
})

/** The secret /api/revalidate expects; only code in this process knows it. */
export function revalidationSecret() {
  return state.secret
}

export function startContentListener() {
  const { DATABASE_URL } = parseEnv()
  if (state.started || !DATABASE_URL) return
  state.started = true
  void listen(DATABASE_URL)
}

async function listen(url: string) {
  let pending: string[] = []
  let flushTimer: NodeJS.Timeout | undefined
  const flush = () => {
    const changes = pending
    pending = []
    flushTimer = undefined
    void sendToRevalidateRoute(changes)
  }
  await listenForever({
    url,
    channel: CONTENT_CHANNEL,
    name: 'content listener',
    onNotification: (payload) => {
      if (!payload) return
      pending.push(payload)
      flushTimer ??= setTimeout(flush, BATCH_DELAY_MS)
    },
  })
}

async function sendToRevalidateRoute(changes: string[], attempt = 1): Promise<void> {
  try {
    const response = await fetch(`http://127.0.0.1:${env.PORT}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-placard-secret': state.secret },
      body: JSON.stringify({ changes }),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
  } catch (error) {
    if (attempt >= 5) {
      console.error('[placard] could not refresh cached pages after a content change:', (error as Error).message)
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    return sendToRevalidateRoute(changes, attempt + 1)
  }
}
