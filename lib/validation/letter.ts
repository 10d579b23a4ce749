import { z } from 'zod'
import { isCountryCode } from '@/lib/petitions/countries'
import { checkbox, editorFields, emptyToUndefined, optionalText, slugField } from '@/lib/validation/editor-fields'
import { fullName, optionalText as placeText } from '@/lib/validation/signature'

// Letter actions and the directory of addressees: what the admin forms, the CSV import and the
// "I sent it" button send. Shared by the forms (client) and the server. Every message says what
// to fix.

export const LETTER_INTENTS = ['save', 'open', 'close', 'reopen'] as const
export type LetterIntent = (typeof LETTER_INTENTS)[number]

export const ADDRESSEE_KINDS = ['embassy', 'consulate', 'ministry', 'company', 'other'] as const
export const ADDRESSEE_KIND_LABELS: Record<(typeof ADDRESSEE_KINDS)[number], string> = {
  embassy: 'Embassy',
  consulate: 'Consulate',
  ministry: 'Ministry',
  company: 'Company',
  other: 'Other',
}

const FORMULA_START = /^[=+\-@]/
const ASCII_EMAIL = (v: string) => /^[\x21-\x7e]+$/.test(v) && z.email().safeParse(v).success

/** One email address per line (or comma), each a plain address; at most `max`. */
const emailList = (max: number, label: string) =>
  z
    .string()
    .max(5_000, `List at most ${max} addresses.`)
    .default('')
    .transform((v) =>
      v
        .split(/[\n,;]+/)
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .superRefine((list, ctx) => {
      if (list.length > max) ctx.addIssue({ code: 'custom', message: `List at most ${max} addresses.` })
      const bad = list.find((a) => !ASCII_EMAIL(a) || a.length > 254)
      if (bad) ctx.addIssue({ code: 'custom', message: `“${bad.slice(0, 60)}” in ${label} is not an email address (like office@example.org).` })
    })

const country = (message: string) => z.string({ error: message }).trim().toUpperCase().refine(isCountryCode, message)
const optionalCountry = (message: string) => country(message).optional().or(emptyToUndefined)
const STATE_MESSAGE = 'Say whose embassy, ministry or company it is, like “Kardania”.'
/** The state an embassy represents, as readers know it (a campaign's state may have no ISO code). */
const state = z
  .string({ error: STATE_MESSAGE })
  .trim()
  .min(1, STATE_MESSAGE)
  .max(100, 'Keep the state’s name under 100 characters.')
  .refine((v) => !FORMULA_START.test(v), 'A name can’t start with =, +, - or @.')

export const letterEditorSchema = z.object({
  ...editorFields,
  intent: z.enum(LETTER_INTENTS, { error: 'Choose what to do with the letter.' }),
  title: z
    .string({ error: 'Give the letter action a title.' })
    .trim()
    .min(1, 'Give the letter action a title.')
    .max(200, 'Keep the title under 200 characters.'),
  slug: slugField('write-to-the-embassy'),
  intro: z.string().trim().max(1_000, 'Keep the introduction under 1,000 characters.').default(''),
  subject: z
    .string()
    .trim()
    .max(200, 'Keep the subject under 200 characters: mail programs cut longer ones.')
    .refine((v) => !/[\r\n]/.test(v), 'Write the subject on one line.')
    .default(''),
  body: z.string().max(10_000, 'Keep the model letter under 10,000 characters: longer letters do not fit into a mail link.').default(''),
  embassiesOf: state.optional().or(emptyToUndefined),
  ccEmails: emailList(5, 'copies to'),
  demands: z
    .string()
    .max(5_000, 'Keep the demands under 5,000 characters in all.')
    .default('')
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((d) => d.trim())
        .filter(Boolean),
    )
    .superRefine((list, ctx) => {
      if (list.length > 12) ctx.addIssue({ code: 'custom', message: 'Offer at most 12 demands, one per line.' })
      if (list.some((d) => d.length > 400)) ctx.addIssue({ code: 'custom', message: 'Keep each demand under 400 characters.' })
    }),
  addresseeIds: z
    .array(z.uuid('Choose addressees from the directory.'), { error: 'Choose addressees from the directory.' })
    .max(20, 'Choose at most 20 addressees.')
    .default([]),
})
export type LetterEditorInput = z.infer<typeof letterEditorSchema>

export const letterIdSchema = z.object({ id: z.uuid('That letter action doesn’t exist.') })

const phone = (label: string) =>
  optionalText(40, `Keep the ${label} number under 40 characters.`).refine(
    (v) => v === undefined || /^[0-9+()./ -]+$/.test(v),
    `Write the ${label} number with digits, spaces and + ( ) - . / only.`,
  )

/** One entry of the directory, from the admin form or one row of a CSV file. */
export const addresseeSchema = z
  .object({
    id: z.uuid('This entry doesn’t exist. Reload the page.').optional().or(emptyToUndefined),
    kind: z.enum(ADDRESSEE_KINDS, { error: 'Choose the kind: embassy, consulate, ministry, company or other.' }),
    name: z
      .string({ error: 'Give the entry a name, like “Embassy of Freedonia in Germany”.' })
      .trim()
      .min(1, 'Give the entry a name, like “Embassy of Freedonia in Germany”.')
      .max(200, 'Keep the name under 200 characters.')
      .refine((v) => !FORMULA_START.test(v), 'A name can’t start with =, +, - or @.'),
    state,
    hostCountry: optionalCountry('Choose the country the embassy or consulate is in.'),
    postalAddress: z.string().trim().max(500, 'Keep the postal address under 500 characters.').default(''),
    email: optionalText(254, 'That email address is too long.').refine(
      (v) => v === undefined || ASCII_EMAIL(v),
      'That doesn’t look like an email address (like office@example.org).',
    ),
    phone: phone('phone'),
    fax: phone('fax'),
    source: z.string().trim().max(300, 'Keep the source under 300 characters.').default(''),
    checkedOn: z.iso
      .date({ error: 'Write the day the details were checked as a date, like 2026-11-30.' })
      .optional()
      .or(emptyToUndefined)
      .refine((v) => v === undefined || new Date(`${v}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, 'The day checked can’t be in the future.'),
  })
  .superRefine((a, ctx) => {
    if ((a.kind === 'embassy' || a.kind === 'consulate') && !a.hostCountry)
      ctx.addIssue({ code: 'custom', path: ['hostCountry'], message: 'Say which country the embassy or consulate is in.' })
  })
export type AddresseeInput = z.infer<typeof addresseeSchema>

export const addresseeIdSchema = z.object({ id: z.uuid('That entry doesn’t exist. Reload the page.') })

const SHOW_NAME_MESSAGE = 'Enter the name to show, or untick “Show my name publicly”.'

/**
 * "I sent it": the honeypot and the proof-of-work, and, only when "Show my name publicly" is
 * ticked, a name and a town or organisation (no email). Untick it and whatever was typed is dropped.
 */
export const letterSentSchema = z
  .object({
    website: z.string().max(200).optional(),
    altcha: z.string().max(4_000, 'The security check failed. Please reload the page and try again.').optional(),
    showName: checkbox,
    publicName: z.string({ error: SHOW_NAME_MESSAGE }).max(1_000, 'Your name can be at most 100 characters.').optional(),
    publicPlace: z.string({ error: 'Write your town or organisation as text.' }).optional(),
  })
  .transform((v, ctx) => {
    const { showName, publicName, publicPlace, ...rest } = v
    if (!showName) return { ...rest, publicName: null }
    if (!publicName?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['publicName'], message: SHOW_NAME_MESSAGE })
      return z.NEVER
    }
    const name = fullName.safeParse(publicName)
    const place = placeText('Your town or organisation', 120).safeParse(publicPlace)
    if (!name.success) ctx.addIssue({ code: 'custom', path: ['publicName'], message: name.error.issues[0]!.message })
    if (!place.success) ctx.addIssue({ code: 'custom', path: ['publicPlace'], message: place.error.issues[0]!.message })
    if (!name.success || !place.success) return z.NEVER
    return { ...rest, publicName: { name: name.data, place: place.data ?? null } }
  })

export const DIRECTORY_CSV_MAX_BYTES = 500_000
export const directoryImportSchema = z.object({
  file: z
    .instanceof(File, { error: 'Choose a CSV file with the directory entries.' })
    .refine((f) => f.size > 0, 'The file is empty. Choose the CSV file with the directory entries.')
    .refine((f) => f.size <= DIRECTORY_CSV_MAX_BYTES, `The file is too large: at most ${DIRECTORY_CSV_MAX_BYTES / 1000} KB (split it).`),
})
