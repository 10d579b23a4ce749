import { z } from 'zod'
import { isCountryCode } from '@/lib/petitions/countries'
import { firstErrorPerField } from '@/lib/validation/field-errors'

// The sign form's rules, shared by the form in the browser and the sign endpoint on the server.
// Every message says what is wrong and how to fix it.

import { CONSENT_VERSIONS, CURRENT_CONSENT_VERSION } from '@/lib/validation/signature-consent'

export { CONSENT_VERSIONS, CURRENT_CONSENT_VERSION, PRIVACY_NOTICE } from '@/lib/validation/signature-consent'

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/
const FORMULA_START = /^[=+\-@\t\r]/
const URL_LIKE = /(https?:|www\.|:\/\/|\b[a-z0-9-]+\.(com|net|org|info|biz|ru|io|xyz|top|click|link|site|online)\b)/i

export function safeText(label: string, max: number, z_: z.ZodString = z.string()) {
  return (
    z_
      .max(max * 4, `${label} can be at most ${max.toLocaleString('en')} characters.`)
      // A plain form post sends a text box's line breaks as CR LF: one line break, not a control character.
      .transform((v) => v.replace(/\r\n?/g, '\n').trim())
      .superRefine((v, ctx) => {
        if (v.length > max) ctx.addIssue({ code: 'custom', message: `${label} can be at most ${max.toLocaleString('en')} characters.` })
        else if (CONTROL.test(v)) ctx.addIssue({ code: 'custom', message: `${label} contains invisible control characters. Please type it again.` })
        else if (BIDI_CONTROL.test(v))
          ctx.addIssue({ code: 'custom', message: `${label} contains hidden text-direction characters. Please type it without them.` })
      })
  )
}

export const fullName = safeText('Your name', 100).superRefine((v, ctx) => {
  if (v.length === 0) return ctx.addIssue({ code: 'custom', message: 'Please enter your full name.' })
  if (FORMULA_START.test(v)) ctx.addIssue({ code: 'custom', message: 'A name can’t start with =, +, - or @.' })
  else if (/[<>]/.test(v)) ctx.addIssue({ code: 'custom', message: 'A name can’t contain < or >.' })
  else if (URL_LIKE.test(v)) ctx.addIssue({ code: 'custom', message: 'Please enter your name, not a web address.' })
  else if (!/\p{L}/u.test(v)) ctx.addIssue({ code: 'custom', message: 'Please enter your name in letters.' })
})

const COMMON_TYPOS: Record<string, string> = {
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gmail.co': 'gmail.com',
  'gmail.con': 'gmail.com',
  'gnail.com': 'gmail.com',
  'hotmial.com': 'hotmail.com',
  'hotmail.con': 'hotmail.com',
  'hotmal.com': 'hotmail.com',
  'outlok.com': 'outlook.com',
  'outlook.con': 'outlook.com',
  'yaho.com': 'yahoo.com',
  'yahoo.con': 'yahoo.com',
  'iclod.com': 'icloud.com',
}

/** An email address as people type it: trimmed, plain Latin, with common domain typos caught. */
export const emailAddress = (whenEmpty: string) =>
  z
    .string()
    .max(1000, 'That email address is too long.')
    .transform((v) => v.trim())
    .superRefine((v, ctx) => {
      if (v.length === 0) return ctx.addIssue({ code: 'custom', message: whenEmpty })
      if (v.length > 254) return ctx.addIssue({ code: 'custom', message: 'That email address is too long.' })
      // Letters from other alphabets that look Latin ("gmаil.com" with a Cyrillic а) are refused.
      if (/[^\x20-\x7e]/.test(v))
        return ctx.addIssue({
          code: 'custom',
          message: 'Please type your email address in plain Latin letters: some letters from other alphabets look the same but are not.',
        })
      if (!z.email().safeParse(v).success)
        return ctx.addIssue({ code: 'custom', message: 'That doesn’t look like an email address (it should look like name@example.org).' })
      const domain = v.slice(v.lastIndexOf('@') + 1).toLowerCase()
      const fix = COMMON_TYPOS[domain]
      if (fix) ctx.addIssue({ code: 'custom', message: `Did you mean ${v.slice(0, v.lastIndexOf('@'))}@${fix}? Please check the address.` })
    })

const SIGNER_EMAIL = 'Please enter your email address: we send you a link to confirm your signature.'
const email = emailAddress(SIGNER_EMAIL)

export const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('1'), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1')
export const optionalText = (label: string, max: number) =>
  safeText(label, max)
    .optional()
    .transform((v) => (v ? v : undefined))

export const signatureFieldsSchema = z.object({
  fullName: z.string({ error: 'Please enter your full name.' }).pipe(fullName),
  email: z.string({ error: SIGNER_EMAIL }).pipe(email),
  country: z
    .string({ error: 'Please choose your country from the list.' })
    .transform((v) => v.trim().toUpperCase())
    .refine(isCountryCode, 'Please choose your country from the list.'),
  city: optionalText('City', 100),
  postcode: optionalText('Postcode', 20),
  comment: optionalText('Your comment', 1000),
  showName: checkbox,
  shareWithTarget: checkbox,
  keepInformed: checkbox,
  consentVersion: z
    .string()
    .optional()
    .transform((v) => v ?? CURRENT_CONSENT_VERSION)
    .refine(
      (v) => (CONSENT_VERSIONS as readonly string[]).includes(v),
      'The privacy notice has changed since this page loaded. Please reload the page and sign again.',
    ),
})

/** What the form posts besides the signer's details: anti-abuse fields. */
export const signatureRequestSchema = signatureFieldsSchema.extend({
  website: z.string().max(1000).optional(), // honeypot: people never see it, bots fill it in
  altcha: z.string().max(4000).optional(),
})

export type SignatureFields = z.infer<typeof signatureFieldsSchema>
export type SignatureRequest = z.infer<typeof signatureRequestSchema>
export type SignatureField = keyof SignatureFields

export function fieldErrorsOf(error: z.ZodError): Partial<Record<SignatureField, string>> {
  return firstErrorPerField<SignatureField>(error)
}

/** The same rules for other public forms (a protest's organiser, issue #11). */
export { FORMULA_START, URL_LIKE }
