import 'server-only'
import { eraseOptInEntries } from '@/lib/privacy/erasure'
import type { JsonValue, SubjectSource } from '@/lib/privacy/subject-sources'
import { formatDate } from '@/lib/format'

// Protests an organiser registered for a day of action (lib/action-days/): found by the
// canonical email, shown and exported with every field, and erased by deleting them with their
// confirmation emails. An approved protest leaves the public list with it (the table's trigger
// refreshes the day's page), since its organiser's public name is personal data too.

type Fields = Record<string, JsonValue>

export const actionEvents: SubjectSource = {
  id: 'action-events',
  label: 'Protests registered for days of action',
  async find(sql, { canonical }) {
    const rows = await sql<{ row: Fields; title: string }>(
      `SELECT to_jsonb(e) AS row, d.title FROM action_events e JOIN action_days d ON d.id = e.action_day_id WHERE e.email_canonical = $1 ORDER BY e.created_at`,
      [canonical],
    )
    return rows.map(({ row, title }) => ({
      title: `${title}: ${String(row.city)}`,
      detail: `${String(row.organiser_name)} <${String(row.email)}>, ${String(row.place)} · ${String(row.status)} · registered ${typeof row.created_at === 'string' ? formatDate(row.created_at) : ''}`,
      erasedAt: null,
      fields: { ...row, day_of_action: title },
    }))
  },
  erase: (sql, { canonical }) => eraseOptInEntries(sql, 'event', canonical),
}
