import 'server-only'
import { isConfirmationJobOf } from '@/lib/opt-in/kinds'
import { actionEvents } from '@/lib/privacy/action-event-source'
import { eraseOptInEntries, eraseSignatures, type Sql } from '@/lib/privacy/erasure'
import { formatDate } from '@/lib/format'

// Everything Placard can hold about one email address, as a list of sources: the admin's
// subject-access screen shows each, its JSON export holds every field of each, and "Erase all of
// it" asks each that can erase. A new kind of personal data (sponsor entries, contact messages,
// issue #11) is one more entry in SUBJECT_SOURCES, and appears on the screen, in the export and
// in the erasure at once.

export type Subject = {
  /** As typed, trimmed and lower-cased (user accounts are matched on it). */
  email: string
  /** lib/signatures/canonical-email.ts: how signatures are matched. */
  canonical: string
  /** lib/privacy/email-key.ts: how erased signatures are matched. */
  key: string
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export type HeldItem = {
  /** One line for the screen. */
  title: string
  detail: string
  /** Set when only the keyed hash is left of this item (ISO date). */
  erasedAt: string | null
  /** Every field held, for the JSON export. */
  fields: Record<string, JsonValue>
}

export type SubjectSource = {
  id: string
  label: string
  /** What the screen says when nothing is found, or always (a source that can't match). */
  note?: string
  find: (sql: Sql, subject: Subject) => Promise<HeldItem[]>
  /** Erases what it holds; the number of items erased. Sources without it are shown only. */
  erase?: (sql: Sql, subject: Subject) => Promise<number>
}

type Fields = Record<string, JsonValue>
const matched = `(s.email_canonical = $1 OR s.email_key = $2)`
const day = (iso: JsonValue | undefined) => (typeof iso === 'string' ? formatDate(iso) : '')

const signatures: SubjectSource = {
  id: 'signatures',
  label: 'Signatures',
  async find(sql, { canonical, key }) {
    const rows = await sql<{ row: Fields; title: string; slug: string }>(
      `SELECT to_jsonb(s) AS row, p.title, p.slug FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE ${matched} ORDER BY s.created_at`,
      [canonical, key],
    )
    return rows.map(({ row, title, slug }) => {
      const erased = row.email_key ? String(row.anonymised_at) : null
      const place = [row.city, row.postcode, row.country].filter(Boolean).join(', ')
      return {
        title,
        detail: erased
          ? `Erased on ${day(erased)}: only a keyed hash of the address is kept, so it is never counted again.`
          : `${String(row.full_name)} <${String(row.email)}>, ${place} · ${String(row.status)}${row.held ? ' (held)' : ''} · signed ${day(row.created_at)}`,
        erasedAt: erased,
        fields: { ...row, petition_title: title, petition_slug: slug },
      }
    })
  },
  erase: async (sql, { canonical }) => (await eraseSignatures(sql, canonical)).signatures,
}

const updateDeliveries: SubjectSource = {
  id: 'update-deliveries',
  label: 'Updates mailed to this address',
  async find(sql, { canonical, key }) {
    const rows = await sql<{ row: Fields; subject: string; title: string }>(
      `SELECT to_jsonb(d) AS row, u.subject, p.title FROM update_deliveries d JOIN signatures s ON s.id = d.signature_id
       JOIN petition_updates u ON u.id = d.update_id JOIN petitions p ON p.id = u.petition_id WHERE ${matched} ORDER BY u.created_at`,
      [canonical, key],
    )
    return rows.map(({ row, subject, title }) => ({
      title: `“${subject}” (${title})`,
      detail: row.sent_at ? `Sent ${day(row.sent_at)}` : row.failed_at ? `Failed ${day(row.failed_at)}` : 'Waiting to be sent',
      erasedAt: null,
      fields: { ...row, update_subject: subject, petition_title: title },
    }))
  },
}

const unsubscribes: SubjectSource = {
  id: 'unsubscribes',
  label: 'Unsubscribes from updates',
  async find(sql, { canonical, key }) {
    const rows = await sql<{ signature_id: string; unsubscribed_at: string; title: string }>(
      `SELECT s.id::text AS signature_id, to_jsonb(s.unsubscribed_at) #>> '{}' AS unsubscribed_at, p.title
       FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE ${matched} AND s.unsubscribed_at IS NOT NULL`,
      [canonical, key],
    )
    return rows.map((r) => ({ title: r.title, detail: `Unsubscribed ${day(r.unsubscribed_at)}`, erasedAt: null, fields: { ...r } }))
  },
}

const mailJobs: SubjectSource = {
  id: 'mail-jobs',
  label: 'Confirmation emails (queued, sent or failed)',
  note: 'Sent emails are forgotten by the queue after 7 days.',
  async find(sql, { canonical, key }) {
    const rows = await sql<{ row: Fields; title: string }>(
      `SELECT to_jsonb(j) AS row, p.title FROM jobs j JOIN signatures s ON ${isConfirmationJobOf('signature', 'j', 's.id::text')} JOIN petitions p ON p.id = s.petition_id
       WHERE ${matched} ORDER BY j.created_at`,
      [canonical, key],
    )
    return rows.map(({ row, title }) => ({
      title,
      detail: row.done_at ? `Sent ${day(row.done_at)}` : row.failed_at ? `Gave up ${day(row.failed_at)}` : 'Queued',
      erasedAt: null,
      fields: { ...row, petition_title: title },
    }))
  },
}

const userAccounts: SubjectSource = {
  id: 'user-accounts',
  label: 'Admin area accounts',
  note: 'An account is not erased here: an admin disables it, or changes its address, at Users.',
  async find(sql, { email }) {
    // The password hash and session counter are secrets of the account, not data about the person.
    const rows = await sql<{ row: Fields }>(`SELECT to_jsonb(u) - 'password_hash' - 'session_version' AS row FROM users u WHERE lower(u.email) = $1`, [email])
    return rows.map(({ row }) => ({
      title: `${String(row.name)} (${String(row.role)})`,
      detail: `${row.disabled_at ? 'Disabled' : 'Active'} account, created ${day(row.created_at)}`,
      erasedAt: null,
      fields: row,
    }))
  },
}

// Records of decisions taken about the address (kept for accountability, shown, not erased).
const invalidations: SubjectSource = {
  id: 'invalidations',
  label: 'Bulk invalidations that filtered by this address',
  note: 'A moderator’s record of what was invalidated and why: shown here, not erased.',
  async find(sql, { canonical }) {
    const rows = await sql<{ row: Fields }>(`SELECT to_jsonb(i) AS row FROM signature_invalidations i WHERE i.filter->>'email' = $1 ORDER BY i.created_at`, [
      canonical,
    ])
    return rows.map(({ row }) => ({
      title: `Invalidation by ${String(row.requested_by_label)}`,
      detail: `${String(row.state)}, ${day(row.created_at)}`,
      erasedAt: null,
      fields: row,
    }))
  },
}

const auditEntries: SubjectSource = {
  id: 'audit-log',
  label: 'Audit log entries naming this address',
  note: 'The record of what was done in the admin area: shown here, not erased.',
  async find(sql, { email, canonical }) {
    const rows = await sql<{ row: Fields }>(
      `SELECT to_jsonb(a) AS row FROM audit_log a
       WHERE strpos(lower(a.summary), $1) > 0 OR strpos(lower(a.summary), $2) > 0 OR lower(a.actor_label) = $1 ORDER BY a.at`,
      [email, canonical],
    )
    return rows.map(({ row }) => ({ title: String(row.action), detail: `${day(row.at)}: ${String(row.summary)}`, erasedAt: null, fields: row }))
  },
}

const contactMessages: SubjectSource = {
  id: 'contact-messages',
  label: 'Messages sent through the contact form',
  note: 'Found by the exact address the sender typed. A copy forwarded to the campaign’s mailbox is outside this site: delete it there too.',
  async find(sql, { email }) {
    const rows = await sql<{ row: Fields }>(`SELECT to_jsonb(m) AS row FROM contact_messages m WHERE lower(m.email) = $1 ORDER BY m.created_at`, [email])
    return rows.map(({ row }) => ({
      title: `${String(row.name)} <${String(row.email)}>`,
      detail: `${String(row.topic)} · sent ${day(row.created_at)}${row.forwarded_at ? ' · forwarded' : ''}`,
      erasedAt: null,
      fields: row,
    }))
  },
  erase: async (sql, { email }) => (await sql(`DELETE FROM contact_messages WHERE lower(email) = $1 RETURNING id`, [email])).length,
}

// Sponsors and supporters, and solidarity messages (issue #11): matched by canonical email and
// erased by deleting the entry (and its unsent confirmation email): a public list keeps nothing
// of a person who asked to be taken off it.
const supporters: SubjectSource = {
  id: 'supporters',
  label: 'Sponsor and supporter entries',
  async find(sql, { canonical }) {
    const rows = await sql<{ row: Fields }>(`SELECT to_jsonb(s) AS row FROM supporters s WHERE s.email_canonical = $1 ORDER BY s.created_at`, [canonical])
    return rows.map(({ row }) => ({
      title: [row.name, row.organisation].filter(Boolean).join(', '),
      detail: `${String(row.status)}${row.show_publicly ? ', shown publicly' : ', not named publicly'} · added ${day(row.created_at)}`,
      erasedAt: null,
      fields: row,
    }))
  },
  erase: (sql, { canonical }) => eraseOptInEntries(sql, 'supporter', canonical),
}

const solidarityMessages: SubjectSource = {
  id: 'solidarity-messages',
  label: 'Solidarity messages under appeals',
  async find(sql, { canonical }) {
    const rows = await sql<{ row: Fields; title: string }>(
      `SELECT to_jsonb(m) AS row, p.title FROM solidarity_messages m JOIN posts p ON p.id = m.post_id WHERE m.email_canonical = $1 ORDER BY m.created_at`,
      [canonical],
    )
    return rows.map(({ row, title }) => ({
      title,
      detail: `${String(row.name)}: “${String(row.message).slice(0, 80)}” · ${String(row.status)} · left ${day(row.created_at)}`,
      erasedAt: null,
      fields: { ...row, post_title: title },
    }))
  },
  erase: (sql, { canonical }) => eraseOptInEntries(sql, 'message', canonical),
}

const paperSigners: SubjectSource = {
  id: 'paper-signers',
  label: 'Paper signatures',
  note: 'Names typed up from paper lists carry no email address, so they can’t be found by one.',
  find: async () => [],
}

export const SUBJECT_SOURCES: readonly SubjectSource[] = [
  signatures,
  updateDeliveries,
  unsubscribes,
  mailJobs,
  userAccounts,
  invalidations,
  auditEntries,
  contactMessages,
  paperSigners,
  actionEvents,
  supporters,
  solidarityMessages,
]
