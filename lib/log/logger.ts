import { format } from 'node:util'
import pino, { type DestinationStream, type Logger } from 'pino'
import { parseEnv } from '@/lib/env'
import { blankSensitive, secretsOf } from '@/lib/log/sensitive'
import { prettyLine } from '@/lib/log/pretty'
import { currentRequestId } from '@/lib/log/request-context'

// The one logger of the web server, the worker and `npm start`: pino, one JSON object per line
// in production (for journald, Loki, CloudWatch …), readable text otherwise (LOG_FORMAT
// decides); LOG_LEVEL says how much. Every line passes through blankSensitive on its way out, so an email address, a raw IP,
// a link token, a session cookie or the secret that slips into an error message is written as
// [email], [ip], [token], [session] or [secret].

export type { Logger }

/**
 * Standard output. LOG_SYNC=false writes asynchronously: lines logged while a write is under way
 * wait in memory and go out together when it ends (pino flushes what is left when the process
 * exits, normally, through process.exit or an uncaught exception); a SIGKILL or the OOM killer
 * loses those lines, a few milliseconds' worth.
 */
function destination(pretty: boolean, sync: boolean): DestinationStream {
  const out = pino.destination({ fd: 1, sync })
  if (!pretty) return out
  return { write: (line: string) => out.write(prettyLine(line)) }
}

/** JSON for production and for anything that is not a person at a terminal (a journal, a file, a pipe). */
function defaultFormat(): 'json' | 'text' {
  return process.env.NODE_ENV === 'production' || !process.stdout.isTTY ? 'json' : 'text'
}

let root: Logger | null = null

/** The process's logger (made on first use, from LOG_LEVEL and NODE_ENV). */
export function logger(): Logger {
  if (!root) {
    const { LOG_LEVEL, LOG_FORMAT, LOG_SYNC } = parseEnv()
    const secrets = secretsOf()
    root = pino(
      {
        level: LOG_LEVEL,
        base: { pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        hooks: { streamWrite: (line) => blankSensitive(line, secrets) },
        // A line written while a request is answered carries its id, as its access line does.
        mixin: () => {
          const reqId = currentRequestId()
          return reqId ? { reqId } : {}
        },
      },
      destination((LOG_FORMAT ?? defaultFormat()) === 'text', LOG_SYNC),
    )
  }
  return root
}

/** A logger whose lines say which part of Placard wrote them ("web", "worker", "start"). */
export function loggerFor(component: string): Logger {
  return logger().child({ component })
}

/**
 * Sends console.log/info/warn/error through `log`, so Next's own messages and the route
 * handlers' `console.error('[placard] … failed:', error)` become log lines like any other.
 * An Error among the arguments is kept as `err` (message and stack), the rest as the message.
 */
export function routeConsoleThrough(log: Logger): void {
  const to =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error)
      const rest = err ? args.filter((a) => a !== err) : args
      const message = format(...rest).trim() || err?.message || ''
      if (err) log[level]({ err }, message)
      else log[level](message)
    }
  console.debug = to('debug')
  console.log = to('info')
  console.info = to('info')
  console.warn = to('warn')
  console.error = to('error')
}
