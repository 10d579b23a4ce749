import { z } from 'zod'
import type { ImportReport } from '@/lib/wordpress/report'
import { SLUG_PATTERN } from '@/lib/validation/slug'

// What crosses the network about an import started in the admin area: the size cap, the
// form's fields, the refusals (each with the words a person needs) and the JSON the screen
// polls. No server imports: the upload form refuses an oversize or empty file before sending it.

/** Room for a 200 MB export (years of a busy blog) and then some. */
export const MAX_EXPORT_BYTES = 250 * 1024 * 1024
/** The export plus the form's few fields and multipart boundaries. */
export const MAX_EXPORT_REQUEST_BYTES = MAX_EXPORT_BYTES + 64 * 1024

const MB = 1024 * 1024
export const exportMegabytes = (bytes: number) => String(Math.max(1, Math.round(bytes / MB)))

export const REFUSALS = {
  'not-multipart': 'Send the export as a form upload (multipart/form-data) with a “file” field.',
  'no-file': 'Choose the export file (an .xml file from WordPress’s Tools → Export) before starting the import.',
  empty: 'The file is empty (0 bytes). Export again from WordPress with Tools → Export → All content.',
  'too-large': `The file is larger than ${exportMegabytes(MAX_EXPORT_BYTES)} MB, more than any WordPress export should be. Check that you chose the export (an .xml file); for a bigger site, run npm run import:wordpress on the server.`,
  'wrong-type':
    'That is not a WordPress export: an export is an .xml file (WordPress: Tools → Export → All content → Download Export File). Choose that file; if it arrived as a .zip, unzip it first.',
  'no-petition': 'That petition doesn’t exist any more. Reload the page and choose another, or none.',
  busy: 'An import is already running. Wait for it to finish (it is shown below), then start the next one.',
  interrupted: 'The upload didn’t arrive whole; it may have been interrupted. Please try again.',
  'not-allowed': 'Only admins can import from WordPress.',
  unavailable: 'Something went wrong on our side and the import was not started. Please try again in a minute.',
} as const
export type RefusalCode = keyof typeof REFUSALS

/** The form's text fields (the file is streamed separately). dryRun is a checkbox. */
export const importFieldsSchema = z.object({
  dryRun: z.enum(['on', 'true', '1'], 'The dry-run box sends “on” or nothing.').optional(),
  signaturePetition: z
    .string()
    .trim()
    .max(120, REFUSALS['no-petition'])
    .refine((s) => s === '' || SLUG_PATTERN.test(s), REFUSALS['no-petition'])
    .default(''),
})
export type ImportFields = z.infer<typeof importFieldsSchema>

export const IMPORT_STATES = ['queued', 'running', 'done', 'failed'] as const
export type ImportState = (typeof IMPORT_STATES)[number]

/** One run as the screen shows it (and polls it, while it runs). */
export type ImportRunJson = {
  id: string
  state: ImportState
  fileName: string
  fileBytes: number
  dryRun: boolean
  signaturePetition: string
  startedByName: string
  pass: number
  bytesRead: number
  itemsDone: number
  attempts: number
  error: string | null
  report: ImportReport | null
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

export type StartReply = { ok: true; runId: string; message: string } | { ok: false; message: string }
export type StatusReply = { ok: true; run: ImportRunJson } | { ok: false; message: string }

/** 0 to 1 over both passes: the file is read twice, once to check it, once to import. */
export function importFraction(run: Pick<ImportRunJson, 'state' | 'pass' | 'bytesRead' | 'fileBytes'>): number {
  if (run.state === 'done') return 1
  if (run.pass === 0 || run.fileBytes === 0) return 0
  const within = Math.min(1, run.bytesRead / run.fileBytes)
  return run.pass === 1 ? within * 0.2 : 0.2 + within * 0.8
}
