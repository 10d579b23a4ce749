import { existsSync, readFileSync } from 'node:fs'
import pg from 'pg'
import { parseEnv } from '@/lib/env'
import { emailAddressesIn, ipAddressesIn, linkTokensIn, sessionCookiesIn } from '@/lib/log/sensitive'

// Looks through a whole database and the server's logs for personal data that must not be
// there: a visitor's raw IP address (Placard keeps only keyed hashes, lib/http/client-ip.ts) or a
// signer's email address outside the few columns that need it. Run after the end-to-end suite
// (tests/e2e/support/global-teardown.ts) against everything that suite left behind; its own test
// (tests/integration/personal-data-scan.test.ts) plants leaks and sees them caught.

export type Finding = { where: string; found: string; excerpt: string }

/**
 * The only columns allowed to hold a signer's email address, and for which rows. Anything else
 * holding one is a finding. Staff addresses (users.email, wherever they appear) are not signers'.
 */
const EMAIL_COLUMNS: { table: string; column: string; rows: string; why: string }[] = [
  // The signer's own address: the confirmation, withdraw and update emails go to it, and its
  // canonical form stops the same person being counted twice. Until retention anonymises the
  // row (lib/privacy/retention.ts) or it is withdrawn or erased (lib/privacy/erasure.ts); after
  // that the address must be gone from both.
  { table: 'signatures', column: 'email', rows: 'anonymised_at IS NULL', why: 'the signer’s address, until anonymised' },
  { table: 'signatures', column: 'email_canonical', rows: 'anonymised_at IS NULL', why: 'the duplicate check, until anonymised' },
  // A supporter's or a solidarity message's sender's address (issue #11): their confirmation
  // email goes to it and its canonical form keeps one entry per address. Erasure deletes the row.
  { table: 'supporters', column: 'email', rows: 'true', why: 'the supporter’s address, for the confirmation' },
  { table: 'supporters', column: 'email_canonical', rows: 'true', why: 'one entry per address' },
  { table: 'solidarity_messages', column: 'email', rows: 'true', why: 'the sender’s address, for the confirmation' },
  { table: 'solidarity_messages', column: 'email_canonical', rows: 'true', why: 'one message per address and post' },
  // Someone who wrote through the contact form: their address, to answer them, and whatever
  // they wrote (which may name another address). Deleted after a year or on an erasure request.
  { table: 'contact_messages', column: 'email', rows: 'true', why: 'the sender’s address, to answer them' },
  { table: 'contact_messages', column: 'message', rows: 'true', why: 'what the sender wrote' },
  // A protest's organiser (lib/action-days/): the confirmation goes to it; erased with the protest.
  { table: 'action_events', column: 'email', rows: 'true', why: 'the organiser’s address' },
  { table: 'action_events', column: 'email_canonical', rows: 'true', why: 'the organiser’s duplicate check' },
  // The staff's sign-in addresses (editors, moderators, admins): not signers.
  { table: 'users', column: 'email', rows: 'true', why: 'staff accounts' },
  // Who did something, as it was at the time: a staff address, kept when the account is gone
  // (so users.email no longer vouches for it). Only the admin area writes these.
  { table: 'audit_log', column: 'actor_label', rows: 'true', why: 'the staff member who acted' },
  { table: 'signature_invalidations', column: 'requested_by_label', rows: 'true', why: 'the moderator who asked' },
  { table: 'signature_invalidations', column: 'undone_by_label', rows: 'true', why: 'the moderator who undid it' },
  // The letters' directory: institutions' public contact addresses (embassies, ministries,
  // companies) that editors enter, and the addresses a letter is copied to (the campaign's).
  { table: 'letter_addressees', column: 'email', rows: 'true', why: 'an embassy’s, ministry’s or company’s public address' },
  { table: 'letter_actions', column: 'cc_emails', rows: 'true', why: 'the addresses letters are copied to, set by editors' },
]

/** The campaign's own addresses (the contact address in its posts, the sender of its mail): no one's personal data. */
function siteAddresses(): string[] {
  const { CONTACT_EMAIL, MAIL_FROM } = parseEnv()
  return [CONTACT_EMAIL, ...emailAddressesIn(MAIL_FROM)].map((address) => address.toLowerCase())
}

// The patterns themselves are the logger's (it blanks them out of every line it writes).
export { emailAddressesIn, ipAddressesIn } from '@/lib/log/sensitive'

const excerptAround = (text: string, found: string) => {
  const at = text.indexOf(found)
  return text.slice(Math.max(0, at - 60), at + found.length + 60).replace(/\s+/g, ' ')
}

type Column = { table: string; column: string; type: string }

async function textColumns(client: pg.Client): Promise<Column[]> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public'
       AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
     ORDER BY 1, 2`,
  )
  return rows.map((r) => ({ table: r.table_name, column: r.column_name, type: r.data_type }))
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Every text, JSON and text-array column of every table in the public schema. Staff addresses
 * (users.email) may appear anywhere: the audit log names who did what; so may the site's own.
 */
export async function scanDatabase(databaseUrl: string): Promise<{ findings: Finding[]; columns: number }> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const staff = new Set([...(await client.query<{ email: string }>('SELECT lower(email) AS email FROM users')).rows.map((r) => r.email), ...siteAddresses()])
    const findings: Finding[] = []
    const columns = await textColumns(client)
    for (const { table, column } of columns) {
      const allowed = EMAIL_COLUMNS.find((a) => a.table === table && a.column === column)
      // Only rows holding an @, a dot-quad or two colons can hold either; the exact check is below.
      const { rows } = await client.query<{ value: string; allowed: boolean }>(
        `SELECT ${quote(column)}::text AS value, (${allowed?.rows ?? 'false'}) AS allowed FROM ${quote(table)}
         WHERE ${quote(column)}::text ~ '@|[0-9]\\.[0-9]+\\.[0-9]+\\.[0-9]|:.*:'`,
      )
      for (const { value, allowed: rowAllowed } of rows) {
        const where = `${table}.${column}`
        for (const ip of ipAddressesIn(value)) findings.push({ where, found: `IP address ${ip}`, excerpt: excerptAround(value, ip) })
        if (rowAllowed) continue
        for (const email of emailAddressesIn(value)) {
          if (!staff.has(email.toLowerCase())) findings.push({ where, found: `email address ${email}`, excerpt: excerptAround(value, email) })
        }
      }
    }
    return { findings, columns: columns.length }
  } finally {
    await client.end()
  }
}

/**
 * Every line of the log files holding what no log line may hold: a raw IP address, an email
 * address (anyone's, staff included; only the site's own may appear), a signature link's token,
 * a session cookie, or one of `secrets` (PLACARD_SECRET and the keys derived from it).
 */
export function scanLogs(files: string[], secrets: readonly string[] = []): Finding[] {
  const known = new Set(siteAddresses())
  return files.flatMap((file) => {
    if (!existsSync(file)) return [{ where: file, found: 'no log file', excerpt: 'the server’s log was expected here' }]
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const where = `${file}:${i + 1}`
        const finding = (found: string, what: string, shown = what) => ({ where, found, excerpt: excerptAround(line, what).replace(what, shown) })
        return [
          ...ipAddressesIn(line).map((ip) => finding(`IP address ${ip}`, ip)),
          ...emailAddressesIn(line)
            .filter((email) => !known.has(email.toLowerCase()))
            .map((email) => finding(`email address ${email}`, email)),
          ...linkTokensIn(line).map((token) => finding('a link token', token)),
          ...sessionCookiesIn(line).map((cookie) => finding('a session cookie', cookie)),
          // Never repeated in the report: it is the secret.
          ...secrets.filter((secret) => secret.length >= 16 && line.includes(secret)).map((secret) => finding('the server secret', secret, '[the secret]')),
        ]
      })
  })
}

export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  ${f.where}: ${f.found}\n      …${f.excerpt}…`).join('\n')
}
