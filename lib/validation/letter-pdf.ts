import { z } from 'zod'
import { optionalText, safeText } from '@/lib/validation/signature'

// "Download as PDF to post": what the letter's form sends, with JavaScript (the edited letter
// as JSON) or without (a plain form post, with the demands ticked by number). Nothing of it is
// stored. Read by the route handler (lib/letters/pdf-request.ts); every message says what to fix.

const PDF_LETTER_MAX = 10_000
const PDF_SUBJECT_MAX = 200
const PDF_DEMANDS_MAX = 12
/** A 10,000-character letter in Cyrillic is 20 KB of UTF-8 and three times that form-encoded. */
export const PDF_REQUEST_MAX_BYTES = 128 * 1024

const SUBJECT_MESSAGE = 'Write a subject for your letter.'
const BODY_MESSAGE = 'Write your letter before downloading it.'
const DEMANDS_MESSAGE = 'Choose demands from the list on the page.'

export const letterPdfSchema = z.object({
  name: optionalText('Your name', 120),
  town: optionalText('Your town', 120),
  organisation: optionalText('Organisation', 120),
  addressee: z
    .uuid('Choose whom the letter goes to from the list on the page.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  subject: z
    .string({ error: SUBJECT_MESSAGE })
    .pipe(safeText('The subject', PDF_SUBJECT_MAX))
    .refine((v) => v.length > 0, SUBJECT_MESSAGE)
    .refine((v) => !v.includes('\n'), 'Write the subject on one line.'),
  body: z
    .string({ error: BODY_MESSAGE })
    .pipe(safeText('Your letter', PDF_LETTER_MAX))
    .refine((v) => v.length > 0, BODY_MESSAGE),
  /** Without JavaScript the ticked demands come as their numbers; with it they are in the text already. */
  demand: z
    .union([z.string(), z.array(z.string())], { error: DEMANDS_MESSAGE })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(
          z
            .string()
            .regex(/^\d{1,2}$/, DEMANDS_MESSAGE)
            .transform(Number),
        )
        .max(PDF_DEMANDS_MAX, DEMANDS_MESSAGE),
    ),
})
export type LetterPdfInput = z.infer<typeof letterPdfSchema>
