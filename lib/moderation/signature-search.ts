import 'server-only'
import { db } from '@/lib/db/client'
import { Prisma } from '@/lib/generated/prisma/client'
import type { SignatureFilter, SIGNATURE_STATUSES } from '@/lib/validation/signature-search'

// Searching every signature by the moderators' filter, newest first, a page at a time. Pages
// are keyset pages (after the last row's time and id), so the hundredth page of a million rows
// costs what the first does. Each condition is written so an index can serve it (see the
// migration 20261201040000_signature_search and `npm run bench:search`).

export const SEARCH_PAGE_SIZE = 50
/** Counting stops here: "more than 10,000" is all a moderator needs from a broad filter. */
export const COUNT_CAP = 10_000

const minute = (value: string) => new Date(`${value}:00Z`)

/** The filter as SQL conditions on signatures `s` (TRUE when empty). */
export function filterConditions(filter: SignatureFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = []
  if (filter.petition) parts.push(Prisma.sql`s.petition_id = ${filter.petition}::uuid`)
  // A prefix of the lower-cased name: served by the text_pattern_ops index.
  if (filter.name) parts.push(Prisma.sql`lower(s.full_name) LIKE ${likePrefix(filter.name.toLowerCase())}`)
  if (filter.email) parts.push(Prisma.sql`s.email_canonical = ${filter.email}`)
  if (filter.domain) parts.push(Prisma.sql`s.email_domain = ${filter.domain}`)
  if (filter.ip) parts.push(Prisma.sql`s.ip_hash = ${filter.ip}`)
  if (filter.country) parts.push(Prisma.sql`s.country = ${filter.country}`)
  if (filter.status) parts.push(Prisma.sql`s.status = ${filter.status}::"SignatureStatus"`)
  // The first condition matches the partial index's predicate, so the planner may use it.
  if (filter.reason) parts.push(Prisma.sql`cardinality(s.hold_reasons) > 0 AND s.hold_reasons @> ARRAY[${filter.reason}]::text[]`)
  if (filter.from) parts.push(Prisma.sql`s.created_at >= ${minute(filter.from)}`)
  if (filter.to) parts.push(Prisma.sql`s.created_at < ${new Date(minute(filter.to).getTime() + 60_000)}`)
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`
}

function likePrefix(text: string) {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export type Cursor = { at: Date; id: string }

export const encodeCursor = (c: Cursor) => `${c.at.toISOString()}_${c.id}`

export function decodeCursor(raw: string | undefined): Cursor | null {
  const match = raw?.match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/)
  const at = match ? new Date(match[1]!) : null
  return at && !Number.isNaN(at.getTime()) && at.toISOString() === match![1] ? { at, id: match![2]! } : null
}

export type SignatureRow = {
  id: string
  full_name: string
  email: string
  email_domain: string
  country: string
  status: (typeof SIGNATURE_STATUSES)[number]
  held: boolean
  hold_reasons: string[]
  ip_hash: string | null
  created_at: Date
  petition_title: string
}

/**
 * A page of matches, newest first. `before` gives the page older than a row, `after` the page
 * newer than one; `older`/`newer` say whether there is more that way.
 */
export async function searchSignatures(filter: SignatureFilter, { before, after }: { before?: Cursor | null; after?: Cursor | null } = {}) {
  const where = filterConditions(filter)
  const take = SEARCH_PAGE_SIZE + 1
  const rows = after
    ? (
        await db.$queryRaw<SignatureRow[]>`
          SELECT s.id::text, s.full_name, s.email, s.email_domain, s.country, s.status::text, s.held, s.hold_reasons, s.ip_hash, s.created_at, p.title AS petition_title
          FROM signatures s JOIN petitions p ON p.id = s.petition_id
          WHERE ${where} AND (s.created_at, s.id) > (${after.at}, ${after.id}::uuid)
          ORDER BY s.created_at ASC, s.id ASC LIMIT ${take}`
      ).reverse()
    : await db.$queryRaw<SignatureRow[]>`
        SELECT s.id::text, s.full_name, s.email, s.email_domain, s.country, s.status::text, s.held, s.hold_reasons, s.ip_hash, s.created_at, p.title AS petition_title
        FROM signatures s JOIN petitions p ON p.id = s.petition_id
        WHERE ${where} ${before ? Prisma.sql`AND (s.created_at, s.id) < (${before.at}, ${before.id}::uuid)` : Prisma.empty}
        ORDER BY s.created_at DESC, s.id DESC LIMIT ${take}`
  const more = rows.length > SEARCH_PAGE_SIZE
  const page = after ? rows.slice(more ? 1 : 0) : rows.slice(0, SEARCH_PAGE_SIZE)
  return {
    rows: page,
    newer: after ? more : Boolean(before),
    older: after ? true : more,
  }
}

/** How many signatures match, counted up to COUNT_CAP (then "more than"). */
export async function countSignatures(filter: SignatureFilter): Promise<{ count: number; capped: boolean }> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM signatures s WHERE ${filterConditions(filter)} LIMIT ${COUNT_CAP + 1}) m`
  const n = rows[0]?.n ?? 0
  return { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP }
}

/** Petitions for the filter's list, newest first. */
export function listPetitionChoices() {
  return db.petition.findMany({ select: { id: true, title: true }, orderBy: { createdAt: 'desc' } })
}
