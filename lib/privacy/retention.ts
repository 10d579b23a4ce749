import 'server-only'
import { pool } from '@/lib/db/pool'
import { parseEnv } from '@/lib/env'

// Keeps personal data only as long as the petition needs it. Run by the worker every hour:
// - signatures of petitions closed or delivered more than RETENTION_MONTHS ago lose the
//   signer's name, email, town, postcode, comment and address hash; their country, status and
//   dates stay, so every public count and chart stays exactly as it was;
// - signatures never confirmed are deleted 30 days after they were made (they never counted),
//   and so are supporter entries and solidarity messages never confirmed;
// - names typed up from paper lists of those petitions are blanked the same way;
// - messages sent through the contact form are deleted CONTACT_MESSAGE_MONTHS after they came;
// - protests registered for a day of action and never confirmed, or rejected, are deleted 30
//   days on; a listed protest's organiser loses their address (and its hash) RETENTION_MONTHS
//   after the day, keeping the public name, place and time the day's page shows;
// - names shown beside "I sent it" that no moderator approved are deleted 30 days on (the
//   letter stays counted).
// Each step works in batches of BATCH rows, one short transaction each, so signing never waits
// on it; a second run finds nothing left to do. What it did is logged as counts only.

const BATCH = 1_000
export const UNCONFIRMED_DAYS = 30
export const CONTACT_MESSAGE_MONTHS = 12

export type RetentionReport = {
  anonymised: number
  unconfirmedDeleted: number
  paperNamesRemoved: number
  contactMessagesDeleted: number
  protestsCleared: number
}

/** Petitions closed or delivered before this moment have their signers' data removed. */
export function retentionCutoff(now: Date, months = parseEnv().RETENTION_MONTHS): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

const expired = `SELECT id FROM petitions WHERE status IN ('closed', 'delivered') AND COALESCE(delivered_at, closed_at) < $1`

async function inBatches(sql: string, values: unknown[]): Promise<number> {
  let total = 0
  for (;;) {
    const { rowCount } = await pool().query(sql, values)
    total += rowCount ?? 0
    if ((rowCount ?? 0) < BATCH) return total
  }
}

export async function runRetention(now = new Date(), log: (line: string) => void = () => {}): Promise<RetentionReport> {
  const cutoff = retentionCutoff(now)
  // email_canonical stays unique per petition (the index needs it) but holds no address.
  const anonymised = await inBatches(
    `UPDATE signatures SET full_name = '', email = '', email_canonical = 'erased:' || id, email_domain = '', city = NULL, postcode = NULL,
       comment = NULL, ip_hash = NULL, show_name = false, share_with_target = false, keep_informed = false, anonymised_at = now()
     WHERE id IN (SELECT id FROM signatures WHERE anonymised_at IS NULL AND petition_id IN (${expired}) LIMIT ${BATCH})`,
    [cutoff],
  )
  let unconfirmedDeleted = await inBatches(
    `DELETE FROM signatures WHERE id IN (
       SELECT id FROM signatures WHERE status = 'pending' AND created_at < $1::timestamptz - make_interval(days => ${UNCONFIRMED_DAYS}) LIMIT ${BATCH})`,
    [now],
  )
  // Supporter entries and solidarity messages whose address was never confirmed: deleted alike.
  for (const table of ['supporters', 'solidarity_messages'])
    unconfirmedDeleted += await inBatches(
      `DELETE FROM ${table} WHERE id IN (
         SELECT id FROM ${table} WHERE status = 'pending' AND created_at < $1::timestamptz - make_interval(days => ${UNCONFIRMED_DAYS}) LIMIT ${BATCH})`,
      [now],
    )
  // A name asked to be shown beside "I sent it" and never approved: only the name goes, the press stays counted.
  unconfirmedDeleted += await inBatches(
    `DELETE FROM letter_sender_names WHERE send_id IN (
       SELECT send_id FROM letter_sender_names WHERE approved_at IS NULL AND created_at < $1::timestamptz - make_interval(days => ${UNCONFIRMED_DAYS}) LIMIT ${BATCH})`,
    [now],
  )
  // A paper list's names are blanked, not deleted: its rows carry the count and countries shown.
  const paperNamesRemoved = await inBatches(
    `UPDATE paper_signers SET full_name = '' WHERE id IN (
       SELECT s.id FROM paper_signers s JOIN paper_signature_entries e ON e.id = s.entry_id
       WHERE s.full_name <> '' AND e.petition_id IN (${expired}) LIMIT ${BATCH})`,
    [cutoff],
  )
  const contactMessagesDeleted = await inBatches(
    `DELETE FROM contact_messages WHERE id IN (
       SELECT id FROM contact_messages WHERE created_at < $1::timestamptz - make_interval(months => ${CONTACT_MESSAGE_MONTHS}) LIMIT ${BATCH})`,
    [now],
  )
  const protestsCleared =
    (await inBatches(
      `DELETE FROM action_events WHERE id IN (
         SELECT id FROM action_events WHERE (status = 'pending' AND created_at < $1::timestamptz - make_interval(days => ${UNCONFIRMED_DAYS}))
           OR (status = 'rejected' AND decided_at < $1::timestamptz - make_interval(days => ${UNCONFIRMED_DAYS})) LIMIT ${BATCH})`,
      [now],
    )) +
    (await inBatches(
      `UPDATE action_events SET email = '', email_canonical = 'erased:' || id, email_domain = '', ip_hash = NULL WHERE id IN (
         SELECT e.id FROM action_events e JOIN action_days d ON d.id = e.action_day_id WHERE e.email <> '' AND d.date < $1 LIMIT ${BATCH})`,
      [cutoff],
    ))
  const report = { anonymised, unconfirmedDeleted, paperNamesRemoved, contactMessagesDeleted, protestsCleared }
  if (anonymised || unconfirmedDeleted || paperNamesRemoved || contactMessagesDeleted || protestsCleared)
    log(
      `retention: ${anonymised} signature(s) anonymised, ${unconfirmedDeleted} unconfirmed deleted, ${paperNamesRemoved} paper name(s) removed, ` +
        `${contactMessagesDeleted} contact message(s) deleted, ${protestsCleared} protest(s) cleared`,
    )
  return report
}
