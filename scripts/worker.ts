// The background worker (emails): started beside the web server by `npm start`. Any number
// may run against one database. Stops after the batch in hand on SIGINT/SIGTERM.
import { pool } from '@/lib/db/pool'
import { runWorker } from '@/lib/jobs/worker'

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort())
await runWorker(controller.signal)
await pool().end()
