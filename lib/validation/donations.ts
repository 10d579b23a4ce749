import { z } from 'zod'
import { checkbox } from '@/lib/validation/editor-fields'

// What editors set for the donate page and the sidebar box; shared by the admin form and its
// server action. Placard shows bank details and links; it never takes a payment itself.

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max.toLocaleString('en')} characters.`)
    .optional()
    .transform((v) => v ?? '')

/** ISO 13616: two letters, two check digits, up to 30 letters and digits; mod 97 of the rearranged number is 1. */
export function ibanIsValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97
  }
  return remainder === 1
}

/** "DE89 3704 0044 0532 0130 00": groups of four, as printed on statements. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim()
}

const iban = z
  .string()
  .max(100, 'An IBAN has at most 34 letters and digits.')
  .optional()
  .transform((v) => (v ?? '').replace(/[\s-]/g, '').toUpperCase())
  .refine(
    (v) => v === '' || /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v),
    'An IBAN starts with two letters and two digits, then 11 to 30 letters and digits (like DE89 3704 0044 0532 0130 00).',
  )
  .refine(
    (v) => v === '' || !/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v) || ibanIsValid(v),
    'This IBAN’s check digits don’t match: a character is probably mistyped.',
  )

const bic = z
  .string()
  .max(20, 'A BIC has 8 or 11 letters and digits.')
  .optional()
  .transform((v) => (v ?? '').replace(/\s/g, '').toUpperCase())
  .refine((v) => v === '' || /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), 'A BIC has 8 or 11 letters and digits (like COBADEFFXXX).')

const amounts = z
  .string()
  .max(300, 'List at most a few amounts, like: €10, €25, €50.')
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(/[,\n]/)
      .map((a) => a.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length <= 8, 'List at most 8 amounts.')
  .refine((list) => list.every((a) => a.length <= 30 && /\d/.test(a)), 'Each amount needs a number, like €10 or £5 a month, separated by commas.')

/** External donation pages, one a line: "Label | https://…". Only https: the page must not send people to an unencrypted form. */
const links = z
  .string()
  .max(3000, 'List at most a few links.')
  .optional()
  .transform((v, ctx) => {
    const result: { label: string; url: string }[] = []
    for (const line of (v ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [label, url] = line.includes('|') ? line.split('|').map((s) => s.trim()) : ['', line]
      let parsed: URL | null = null
      try {
        parsed = new URL(url ?? '')
      } catch {
        parsed = null
      }
      if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname.includes('.')) {
        ctx.addIssue({ code: 'custom', message: `“${line.slice(0, 60)}” is not a secure web address: each link must start with https://.` })
        return z.NEVER
      }
      result.push({ label: (label || parsed.hostname).slice(0, 80), url: parsed.toString() })
    }
    if (result.length > 10) {
      ctx.addIssue({ code: 'custom', message: 'List at most 10 links.' })
      return z.NEVER
    }
    return result
  })

export const donationSettingsSchema = z
  .object({
    ask: z
      .string({ error: 'Write the ask: one or two sentences saying why to give.' })
      .trim()
      .min(1, 'Write the ask: one or two sentences saying why to give.')
      .max(600, 'Keep the ask under 600 characters.'),
    amounts,
    accountHolder: text('The account holder', 140),
    iban,
    bic,
    localDetails: text('The local bank details', 500),
    reference: text('The reference', 140),
    links,
    usage: text('How donations are used', 2000),
    showInSidebar: checkbox,
    isDemo: checkbox,
  })
  .superRefine((v, ctx) => {
    const bank = v.iban || v.localDetails
    if (bank && !v.accountHolder)
      ctx.addIssue({ code: 'custom', path: ['accountHolder'], message: 'Give the account holder’s name: banks ask for it with the IBAN.' })
    if (v.bic && !v.iban) ctx.addIssue({ code: 'custom', path: ['iban'], message: 'Give the IBAN that goes with this BIC.' })
    if (!bank && v.links.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['iban'],
        message: 'Give bank details (an IBAN or local details) or at least one donation link: otherwise nobody can give.',
      })
  })

export type DonationSettingsInput = z.infer<typeof donationSettingsSchema>
