import { z } from 'zod'
import { isCountryCode } from '@/lib/petitions/countries'
import { emailAddress, FORMULA_START, safeText, URL_LIKE } from '@/lib/validation/signature'
import { firstErrorPerField } from '@/lib/validation/field-errors'

// The form an organiser fills in to register a local protest for a day of action; shared by the
// form in the browser and the endpoint. Every message says what is wrong and how to fix it.
// The time is the local time where the protest happens; the zone is that place's.

const required = (label: string, max: number, empty: string) =>
  z
    .string({ error: empty })
    .pipe(safeText(label, max))
    .superRefine((v, ctx) => {
      if (v.length === 0) return ctx.addIssue({ code: 'custom', message: empty })
      if (FORMULA_START.test(v)) ctx.addIssue({ code: 'custom', message: `${label} can’t start with =, +, - or @.` })
      else if (/[<>]/.test(v)) ctx.addIssue({ code: 'custom', message: `${label} can’t contain < or >.` })
    })

export const EVENT_PRIVACY_NOTICE =
  'We use your email address only to confirm this protest and, if needed, to ask you about it. It is never shown ' +
  'publicly or given to anyone outside the campaign. The organiser’s name, the place, the time and the description ' +
  'are shown publicly once a moderator approves them. Every email we send has a link to erase your data.'

export const actionEventFieldsSchema = z.object({
  city: required('The city', 100, 'Please enter the city or town.'),
  country: z
    .string({ error: 'Please choose the country from the list.' })
    .transform((v) => v.trim().toUpperCase())
    .refine(isCountryCode, 'Please choose the country from the list.'),
  place: required('The meeting place', 200, 'Please say where people meet (a street address, or “outside the embassy, 12 Example Street”).'),
  date: z
    .string({ error: 'Please enter the date of the protest.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Please enter the date like 2026-09-12.')
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'That date does not exist.'),
  time: z.string({ error: 'Please enter the start time.' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Please enter the start time like 18:00 (24-hour clock).'),
  timeZone: z
    .string()
    .max(64, 'Please choose the time zone from the list.')
    .optional()
    .transform((v) => (v ? v.trim() : undefined)),
  organiserName: required('Your public name', 100, 'Please enter the name to show as organiser (a person, a union branch, a group).').superRefine((v, ctx) => {
    if (URL_LIKE.test(v)) ctx.addIssue({ code: 'custom', message: 'Please enter a name, not a web address.' })
    else if (v && !/\p{L}/u.test(v)) ctx.addIssue({ code: 'custom', message: 'Please enter the name in letters.' })
  }),
  description: z
    .string()
    .optional()
    .transform((v) => v ?? '')
    .pipe(safeText('The description', 1000)),
  email: z
    .string({ error: 'Please enter your email address: we send you a link to confirm the protest.' })
    .trim()
    .min(1, 'Please enter your email address: we send you a link to confirm the protest.')
    .pipe(emailAddress('Please enter your email address: we send you a link to confirm the protest.')),
})

export const actionEventRequestSchema = actionEventFieldsSchema.extend({
  website: z.string().max(1000).optional(), // honeypot
  altcha: z.string().max(4000).optional(),
})

export type ActionEventFields = z.infer<typeof actionEventFieldsSchema>
export type ActionEventField = keyof ActionEventFields

export function eventFieldErrors(error: z.ZodError): Partial<Record<ActionEventField, string>> {
  return firstErrorPerField<ActionEventField>(error)
}
