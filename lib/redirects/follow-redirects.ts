import pg from 'pg'
import { listenForever } from '@/lib/db/listen'
import { REDIRECTS_CHANNEL } from '@/lib/redirects/addresses'
import { RedirectMap, type RedirectRow } from '@/lib/redirects/redirect-map'

// The web server's copy of the redirects table (scripts/serve.ts): loaded at start, loaded
// again whenever the table's trigger announces a change (an admin, an import, psql) and after a
// lost LISTEN connection comes back. While a reload runs the old copy keeps answering. Hits
// are added to the table every few seconds in one statement, never per request. No
// 'server-only': serve.ts runs outside React's server build.

const HIT_FLUSH_MS = 5_000

export async function followRedirects(databaseUrl: string): Promise<RedirectMap> {
  const map = new RedirectMap()
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 })
  pool.on('error', () => {})
  let loading: Promise<void> | null = null
  let again = false

  const load = async () => {
    const { rows } = await pool.query<RedirectRow>('SELECT id, from_path AS "fromPath", from_query AS "fromQuery", to_path AS "toPath", status FROM redirects')
    map.replace(rows)
  }
  // Changes announced during a load may not be in it: one more load follows.
  const reload = () => {
    if (loading) {
      again = true
      return
    }
    loading = load()
      .catch((error: Error) => console.error('[placard] could not load the redirects:', error.message))
      .finally(() => {
        loading = null
        if (again) {
          again = false
          reload()
        }
      })
  }

  await listenForever({ url: databaseUrl, channel: REDIRECTS_CHANNEL, name: 'redirects', onNotification: reload, onConnected: reload })
  await loading

  const flush = async () => {
    const hits = map.takeHits()
    if (!hits.size) return
    await pool
      .query(
        `UPDATE redirects SET hits = hits + h.n, last_hit_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS h(id, n) WHERE redirects.id = h.id`,
        [[...hits.keys()], [...hits.values()]],
      )
      .catch((error: Error) => console.error('[placard] could not count redirect hits:', error.message))
  }
  setInterval(() => void flush(), HIT_FLUSH_MS).unref()
  return map
}
