import { z } from 'zod'
import { HOLD_REASON_LABELS } from '@/lib/moderation/hold-reasons'
import { canonicalEmail } from '@/lib/signatures/canonical-email'
import { firstParam } from '@/lib/validation/route-params'

// The moderators' signature filter: the search list, the trending links and a bulk
// invalidation all use this one shape, carried in the address (?petition=&domain=…) so a
// filtered list can be bookmarked, and posted as hidden fields when an invalidation starts.
// No server imports: the forms use it too.

export const SIGNATURE_STATUSES = ['pending', 'confirmed', 'withdrawn', 'invalidated'] as const

/** Minutes in UTC, as a datetime-local field sends them: 2026-12-01T14:30. */
const MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/** A minute that exists: 2026-02-30T25:61 has the shape but is no time at all. */
const realMinute = (v: string) => {
  const date = new Date(`${v}:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 16) === v
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional())

export const signatureFilterFields = {
  petition: z.uuid('Choose a petition from the list.'),
  name: z.string().trim().min(2, 'Type at least two letters of the name.').max(100, 'Names are at most 100 characters.'),
  email: z
    .string()
    .trim()
    .pipe(z.email('Type a whole email address, like rosa@example.org.'))
    .transform((e) => canonicalEmail(e)),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'Type a domain like example.org.')
    .transform((d) => d.replace(/^@/, '')),
  ip: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'Paste an address hash as shown in the list (43 letters and digits).'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Choose a country from the list.'),
  status: z.enum(SIGNATURE_STATUSES, { error: 'Choose a status from the list.' }),
  reason: z.enum(Object.keys(HOLD_REASON_LABELS) as [string, ...string[]], { error: 'Choose a reason from the list.' }),
  from: z.string().trim().regex(MINUTE, 'Use a date and time like 2026-12-01T14:30.').refine(realMinute, 'That date or time does not exist.'),
  to: z.string().trim().regex(MINUTE, 'Use a date and time like 2026-12-01T14:30.').refine(realMinute, 'That date or time does not exist.'),
} as const

export type SignatureFilter = { [K in keyof typeof signatureFilterFields]?: z.output<(typeof signatureFilterFields)[K]> }
export const FILTER_KEYS = Object.keys(signatureFilterFields) as (keyof SignatureFilter)[]

/** For a server action: every field checked, a bad one is a field error. */
export const signatureFilterSchema = z
  .object({
    petition: optional(signatureFilterFields.petition),
    name: optional(signatureFilterFields.name),
    email: optional(signatureFilterFields.email),
    domain: optional(signatureFilterFields.domain),
    ip: optional(signatureFilterFields.ip),
    country: optional(signatureFilterFields.country),
    status: optional(signatureFilterFields.status),
    reason: optional(signatureFilterFields.reason),
    from: optional(signatureFilterFields.from),
    to: optional(signatureFilterFields.to),
  })
  .refine((f) => !(f.from && f.to && f.from > f.to), { message: 'The “from” time is after the “to” time.', path: ['to'] })

export const EMPTY_FILTER_MESSAGE =
  'Choose at least one filter first (a petition, a domain, an address hash …): without one, every signature on the site would be invalidated.'

export function isEmptyFilter(filter: SignatureFilter) {
  return FILTER_KEYS.every((k) => filter[k] === undefined)
}

type Params = Record<string, string | string[] | undefined>

/** From the address: each field parsed on its own; a bad one is left out with a note saying why. */
export function parseSignatureQuery(params: Params): { filter: SignatureFilter; notes: string[] } {
  const filter: Record<string, unknown> = {}
  const notes: string[] = []
  for (const key of FILTER_KEYS) {
    const raw = firstParam(params[key])?.trim()
    if (!raw) continue
    const parsed = signatureFilterFields[key].safeParse(raw)
    if (parsed.success) filter[key] = parsed.data
    else notes.push(`The ${key} filter was ignored: ${parsed.error.issues[0]?.message ?? 'it isn’t valid.'}`)
  }
  return { filter: filter as SignatureFilter, notes }
}

/** The filter as query-string pairs (empty ones left out), plus any extra pairs. */
export function filterQuery(filter: SignatureFilter, extra: Record<string, string> = {}) {
  const query = new URLSearchParams()
  for (const key of FILTER_KEYS) if (filter[key] !== undefined) query.set(key, String(filter[key]))
  for (const [k, v] of Object.entries(extra)) query.set(k, v)
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** A minute in the datetime-local format (UTC). */
export function toMinute(date: Date) {
  return date.toISOString().slice(0, 16)
}
