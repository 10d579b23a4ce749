import { z } from 'zod'
import { isCountryCode } from '@/lib/petitions/countries'
import { emptyToUndefined } from '@/lib/validation/editor-fields'

// What the paper-signature forms send. A number entry needs a count and a note saying where
// the sheets came from; an uploaded list needs the note and a CSV file of names and countries.

export const PAPER_COUNT_MAX = 1_000_000
export const PAPER_CSV_MAX_BYTES = 900_000
export const PAPER_CSV_MAX_ROWS = 20_000
export const PAPER_CSV_TOO_LARGE = `The file is too large: upload at most ${PAPER_CSV_MAX_ROWS.toLocaleString('en')} names at once (split the list).`

const NOTE_MISSING = 'Say where they were collected, e.g. “May Day march, Seltz”.'
const note = z.string({ error: NOTE_MISSING }).trim().min(1, NOTE_MISSING).max(300, 'Keep the note under 300 characters.')
const count = z.coerce
  .number({ error: 'Enter the number of signatures, like 120.' })
  .int('Enter a whole number of signatures.')
  .min(1, 'Enter at least one signature.')
  .max(PAPER_COUNT_MAX, `Enter at most ${PAPER_COUNT_MAX.toLocaleString('en')} signatures at once.`)
const country = z.string().trim().toUpperCase().refine(isCountryCode, 'Choose a country from the list.').optional().or(emptyToUndefined)

export const addPaperCountSchema = z.object({ petitionId: z.uuid('That petition doesn’t exist.'), count, note, country })
export const editPaperEntrySchema = z.object({ id: z.uuid('That entry doesn’t exist any more.'), count, note })
export const paperEntryIdSchema = z.object({ id: z.uuid('That entry doesn’t exist any more.') })
export const uploadPaperListSchema = z.object({
  petitionId: z.uuid('That petition doesn’t exist.'),
  note,
  file: z
    .instanceof(File, { error: 'Choose a CSV file with the names and countries.' })
    .refine((f) => f.size > 0, 'The file is empty. Choose the CSV file with the names and countries.')
    .refine((f) => f.size <= PAPER_CSV_MAX_BYTES, PAPER_CSV_TOO_LARGE),
})

export type AddPaperCount = z.infer<typeof addPaperCountSchema>
export type EditPaperEntry = z.infer<typeof editPaperEntrySchema>
export type UploadPaperList = z.infer<typeof uploadPaperListSchema>
