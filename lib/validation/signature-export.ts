import { z } from 'zod'

// What a moderator asks to export: one petition's confirmed, counted signatures, with the
// columns they tick. Parsed from the export form's query string by the route handler and by
// the form page (to show what was wrong). No server imports.

export const EXPORT_COLUMNS = ['name', 'country', 'city', 'comment', 'signed', 'email'] as const
export type ExportColumn = (typeof EXPORT_COLUMNS)[number]

/** Column headings in the file, and the labels of the form's checkboxes. */
export const EXPORT_COLUMN_LABELS: Record<ExportColumn, string> = {
  name: 'Name',
  country: 'Country',
  city: 'City',
  comment: 'Comment',
  signed: 'Signed on',
  email: 'Email',
}

export const exportRequestSchema = z.object({
  petition: z.uuid({ error: 'Choose a petition.' }),
  columns: z
    .array(z.enum(EXPORT_COLUMNS, { error: 'Choose columns from the list.' }), { error: 'Tick at least one column.' })
    .min(1, 'Tick at least one column.')
    // Always in the order of the list, whatever order the query string had.
    .transform((picked) => EXPORT_COLUMNS.filter((c) => picked.includes(c))),
})

export type ExportRequest = z.infer<typeof exportRequestSchema>

/** The query string as the schema wants it: `columns` may repeat. */
export function exportRequestFrom(params: URLSearchParams) {
  return { petition: params.get('petition') ?? undefined, columns: params.getAll('columns').filter(Boolean) }
}
