import { z } from 'zod'
import { isCountryCode } from '@/lib/petitions/countries'
import { checkbox, emailAddress, fullName, optionalText } from '@/lib/validation/signature'

const CONFIRM_EMAIL = 'Please enter your email address: we send you a link to confirm it.'

// The sponsors-and-supporters form's rules, shared by the join page, the public endpoint and a
// moderator's edit. Names, emails and free text follow the sign form's rules (no formulas, no
// hidden characters, no web addresses for names).

export const SUPPORTER_TYPES = ['individual', 'trade_union', 'party', 'ngo', 'other'] as const
export type SupporterTypeValue = (typeof SUPPORTER_TYPES)[number]

export const SUPPORTER_TYPE_LABELS: Record<SupporterTypeValue, { one: string; many: string }> = {
  individual: { one: 'Individual', many: 'Individuals' },
  trade_union: { one: 'Trade union', many: 'Trade unions' },
  party: { one: 'Political party', many: 'Political parties' },
  ngo: { one: 'NGO or association', many: 'NGOs and associations' },
  other: { one: 'Other organisation', many: 'Other organisations' },
}

export const SUPPORTER_NOTICE =
  'We use your email only to confirm your entry and, rarely, to ask sponsors to back an urgent appeal. It is never shown or given ' +
  'to anyone. Your name, organisation and statement are shown in the public list only if you tick “Show my name publicly”, and only ' +
  'after a moderator has checked the entry; otherwise you are counted but not named. Each email confirms one entry.'

const country = z
  .string({ error: 'Please choose your country from the list.' })
  .transform((v) => v.trim().toUpperCase())
  .refine(isCountryCode, 'Please choose your country from the list.')

/** What a moderator may change: everything but the email. */
export const supporterEntrySchema = z.object({
  name: z.string({ error: 'Please enter your full name.' }).pipe(fullName),
  organisation: optionalText('Organisation', 150),
  position: optionalText('Position', 100),
  country,
  type: z.enum(SUPPORTER_TYPES, { error: 'Please choose what kind of supporter you are.' }),
  statement: optionalText('Your statement', 500),
  showPublicly: checkbox,
})

export const supporterFieldsSchema = supporterEntrySchema.extend({
  email: z.string({ error: CONFIRM_EMAIL }).pipe(emailAddress(CONFIRM_EMAIL)),
})

/** The public form adds the anti-abuse fields (see lib/public-forms/submission.ts). */
export const supporterRequestSchema = supporterFieldsSchema.extend({
  website: z.string().max(1000).optional(),
  altcha: z.string().max(4000).optional(),
})

export type SupporterFields = z.infer<typeof supporterFieldsSchema>

export const supporterEditSchema = supporterEntrySchema.extend({ id: z.uuid('This entry no longer exists. Reload the page.') })

const ids = (min: number) =>
  z
    .array(z.uuid('Choose entries from the list.'))
    .min(min, min === 1 ? 'Tick at least one entry first.' : `Tick at least ${min} entries to merge.`)
    .max(200, 'Decide on at most 200 entries at a time.')
    .prefault([])

/**
 * A moderator's decision on ticked entries, or on one entry by its own button (`entry` =
 * "approve:<id>", sent through the list's form: the boxes ticked meanwhile do not count then).
 */
export const reviewDecisionSchema = z.preprocess(
  (input) => {
    const entry = (input as { entry?: unknown } | null)?.entry
    if (typeof entry !== 'string') return input
    const [decision, id] = entry.split(':')
    return { ids: id ? [id] : [], decision }
  },
  z.object({
    ids: ids(1),
    decision: z.enum(['approve', 'reject', 'remove'], { error: 'Choose approve, reject or remove.' }),
  }),
)

export const supporterMergeSchema = z.object({ ids: ids(2) })

export const supporterSearchSchema = z.object({
  q: z
    .string()
    .max(100, 'Search for at most 100 characters.')
    .transform((v) => v.trim())
    .refine((v) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(v), 'Search for plain text.')
    .catch('')
    .default(''),
})
