import { z } from 'zod'
import { editorFields } from '@/lib/validation/editor-fields'

// Updates to a petition's signers, as editors write and send them; shared by the form and the
// server actions.

export const SUBJECT_MAX = 150

export const updateEditorSchema = z.object({
  id: editorFields.id,
  petitionId: z.uuid('Choose the petition whose signers get this update.'),
  subject: z
    .string({ error: 'Give the update a subject: it is the email’s subject line and the news item’s heading.' })
    .trim()
    .min(1, 'Give the update a subject: it is the email’s subject line and the news item’s heading.')
    .max(SUBJECT_MAX, `Keep the subject under ${SUBJECT_MAX} characters: mail programs cut longer ones.`)
    .refine((v) => !/[\r\n]/.test(v), 'Write the subject on one line.'),
  bodyHtml: z
    .string({ error: 'Write the text of the update.' })
    .max(100_000, 'The update is too long (100,000 characters at most).')
    .refine((v) => v.replace(/<[^>]*>|&nbsp;|\s/g, '').length > 0, 'Write the text of the update.'),
})

export const updateIdSchema = z.object({ id: z.uuid('Choose an update from the list.') })

export const sendUpdateSchema = updateIdSchema.extend({
  /** How many recipients the confirmation named; sending is refused if the number has changed. */
  expected: z.coerce.number({ error: 'Reload the page and confirm again.' }).int().min(0),
})

export type UpdateInput = z.infer<typeof updateEditorSchema>
