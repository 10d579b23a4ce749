// The background worker (emails): started beside the web server by `npm start`. Any number
// may run against one database. Stops after the batch in hand on SIGINT/SIGTERM.
import './lib/require-server-settings'
import { writeFileSync } from 'node:fs'
import { setPriority } from 'node:os'
import { pool } from '@/lib/db/pool'
import { runWorker, workerLogTo } from '@/lib/jobs/worker'
import { loggerFor, routeConsoleThrough } from '@/lib/log/logger'
import { stopWhenOrphaned } from './lib/stop-when-orphaned'

const log = loggerFor('worker')
routeConsoleThrough(log)

// Emails can wait a few seconds; people signing can't. In a storm the kernel gives the web
// server and PostgreSQL the CPU first, and the worker catches up as soon as it calms down.
try {
  setPriority(19)
  // Linux groups a session's processes for scheduling; lower the whole group's weight too.
  writeFileSync('/proc/self/autogroup', '19')
} catch {
  // Not permitted or not Linux: the worker runs at normal priority.
}

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort())
stopWhenOrphaned(() => controller.abort())
log.info('background worker started')
await runWorker(controller.signal, workerLogTo(log))
await pool().end()
log.info('background worker stopped')
// The batch in hand is finished and the pools are closed; idle connections elsewhere (Prisma's)
// would keep the process up for their idle timeout.
process.exit(0)
