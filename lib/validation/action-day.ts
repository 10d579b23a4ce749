import { z } from 'zod'
import { editorFields, slugField } from '@/lib/validation/editor-fields'

// Days of action as editors write them, and moderators' decisions on the protests registered
// for them; shared by the admin forms and their server actions.

export const ACTION_DAY_INTENTS = ['save', 'publish', 'unpublish'] as const

export const actionDayEditorSchema = z.object({
  ...editorFields,
  intent: z.enum(ACTION_DAY_INTENTS, { error: 'Choose what to do with the day of action.' }),
  title: z
    .string({ error: 'Give the day of action a title.' })
    .trim()
    .min(1, 'Give the day of action a title.')
    .max(200, 'Keep the title under 200 characters.'),
  slug: slugField('day-of-action-2026'),
  date: z
    .string({ error: 'Enter the date of the day of action.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date like 2026-09-12.')
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'That date does not exist.')
    .refine((v) => v >= '2000-01-01' && v <= '2100-12-31', 'Enter a date between 2000 and 2100.'),
  callHtml: z.string().max(200_000, 'The call is too long (200,000 characters at most).').default(''),
})
export type ActionDayEditorInput = z.infer<typeof actionDayEditorSchema>

export const actionDayReportSchema = z.object({
  id: z.uuid('Choose a day of action from the list.'),
  reportHtml: z.string({ error: 'Write the report.' }).max(200_000, 'The report is too long (200,000 characters at most).'),
  /** The photos in the order shown: media library ids. */
  photoIds: z
    .array(z.uuid('Choose photos from the media library.'), { error: 'Choose photos from the media library.' })
    .max(40, 'Choose at most 40 photos.')
    .default([]),
})

export const actionDayIdSchema = z.object({ id: z.uuid('Choose a day of action from the list.') })

export const eventDecisionSchema = z.object({
  ids: z.array(z.uuid('Choose protests from the list.'), { error: 'Choose at least one protest.' }).min(1, 'Choose at least one protest.').max(200),
  decision: z.enum(['approve', 'reject'], { error: 'Choose approve or reject.' }),
})
