import { listenForever } from '@/lib/db/listen'
import { pool } from '@/lib/db/pool'
import { parseEnv } from '@/lib/env'
import { holdRulesSchema, type HoldRules } from '@/lib/validation/hold-rules'

// The hold rules the sign path applies, kept in memory: signing reads them on every signature
// and must not pay a database round trip for it. They are loaded once per process and loaded
// again whenever the site_settings row changes (a trigger NOTIFYs placard_settings, whoever
// wrote it), so a change reaches every instance within moments. The state lives on globalThis
// because the production server's fast sign path and Next's route handler are two copies of
// this module in one process; they share one copy of the rules and one listener.
// No 'server-only': scripts/serve.ts imports it outside React's server build.

const SETTINGS_CHANNEL = 'placard_settings'

/** What applies until an admin saves other values (the minimum fill time: SIGN_MIN_SECONDS). */
export function defaultHoldRules(): HoldRules {
  return { ipBurstLimit: 5, domainBurstLimit: 20, burstWindowMinutes: 10, minFillSeconds: parseEnv().SIGN_MIN_SECONDS }
}

type State = { stored: HoldRules | null; loading: Promise<void> | null; listening: boolean; latestRead: number }
const state = ((globalThis as { placardHoldRules?: State }).placardHoldRules ??= { stored: null, loading: null, listening: false, latestRead: 0 })

type Row = { ip_burst_limit: number; domain_burst_limit: number; burst_window_minutes: number; min_fill_seconds: number }

/** The saved rules, or null when none are saved (or the saved row is out of bounds). */
export async function readStoredHoldRules(): Promise<HoldRules | null> {
  const { rows } = await pool().query<Row>('SELECT ip_burst_limit, domain_burst_limit, burst_window_minutes, min_fill_seconds FROM site_settings WHERE id = 1')
  const row = rows[0]
  if (!row) return null
  const parsed = holdRulesSchema.safeParse({
    ipBurstLimit: row.ip_burst_limit,
    domainBurstLimit: row.domain_burst_limit,
    burstWindowMinutes: row.burst_window_minutes,
    minFillSeconds: row.min_fill_seconds,
  })
  if (parsed.success) return parsed.data
  // Only a hand-written row gets here (the admin form checks the same bounds).
  console.error('[placard] the saved hold rules are out of bounds; the defaults apply until an admin saves them again:', parsed.error.issues)
  return null
}

/** Reads the rules again now; the newest read wins when two overlap. */
export async function reloadHoldRules(): Promise<void> {
  const read = ++state.latestRead
  const stored = await readStoredHoldRules()
  if (read === state.latestRead) state.stored = stored
}

function startListening() {
  const url = parseEnv().DATABASE_URL
  if (state.listening || !url) return
  state.listening = true
  const reload = () => reloadHoldRules().catch((error: unknown) => console.error('[placard] reloading the hold rules failed:', error))
  // After a reconnection the rules are read again: a change made meanwhile was not announced.
  void listenForever({ url, channel: SETTINGS_CHANNEL, name: 'settings listener', onNotification: reload, onConnected: reload })
}

/** The rules in force: from memory, after the first call of the process has read them. */
export async function currentHoldRules(): Promise<HoldRules> {
  if (!state.loading) {
    startListening()
    state.loading = reloadHoldRules().catch((error: unknown) => {
      state.loading = null // the next signature tries again
      throw error
    })
  }
  await state.loading
  return state.stored ?? defaultHoldRules()
}
