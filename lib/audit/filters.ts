import { z } from 'zod'
import { firstParam } from '@/lib/validation/route-params'

// The audit log's filters come from the address (?user=&action=&from=&to=&page=), so anyone
// can type anything there. Each one is parsed on its own: a bad value is dropped with a note
// saying so, and the rest of the page still works. No server imports: unit-tested directly.

export type AuditFilters = {
  actorId?: string
  action?: string
  /** Dates as typed (YYYY-MM-DD, UTC), kept for the form; the query turns them into a range. */
  from?: string
  to?: string
}

export type ParsedAuditQuery = { filters: AuditFilters; page: number; notes: string[] }

type Params = Record<string, string | string[] | undefined>

const fields = {
  user: { key: 'actorId', schema: z.uuid(), note: 'The user filter was ignored: it doesn’t name a user.' },
  action: { key: 'action', schema: z.string().regex(/^[a-z0-9.-]{1,60}$/), note: 'The action filter was ignored: it isn’t an action name.' },
  from: { key: 'from', schema: z.iso.date(), note: 'The “from” date was ignored: use a date like 2026-03-31.' },
  to: { key: 'to', schema: z.iso.date(), note: 'The “to” date was ignored: use a date like 2026-03-31.' },
} as const

const pageSchema = z.coerce.number().int().min(1).max(100_000)

const first = (value: string | string[] | undefined) => firstParam(value)?.trim() || undefined

export function parseAuditQuery(params: Params): ParsedAuditQuery {
  const filters: AuditFilters = {}
  const notes: string[] = []
  for (const [param, field] of Object.entries(fields)) {
    const raw = first(params[param])
    if (raw === undefined) continue
    const parsed = field.schema.safeParse(raw)
    if (parsed.success) filters[field.key] = parsed.data
    else notes.push(field.note)
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    ;[filters.from, filters.to] = [filters.to, filters.from]
    notes.push('The “from” date was after the “to” date, so the two were swapped.')
  }
  let page = 1
  const rawPage = first(params.page)
  if (rawPage !== undefined) {
    const parsed = pageSchema.safeParse(rawPage)
    if (parsed.success) page = parsed.data
    else notes.push('The page number was ignored: showing the first page.')
  }
  return { filters, page, notes }
}

/** The address of a page of the log with these filters (empty ones left out). */
export function auditHref(filters: AuditFilters, page = 1): string {
  const query = new URLSearchParams()
  if (filters.actorId) query.set('user', filters.actorId)
  if (filters.action) query.set('action', filters.action)
  if (filters.from) query.set('from', filters.from)
  if (filters.to) query.set('to', filters.to)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `/admin/audit?${search}` : '/admin/audit'
}
