import { z } from 'zod'
import { editorFields, emptyToUndefined, optionalText, sitePathOrEmpty, slugField } from '@/lib/validation/editor-fields'

// What the post editor sends. Shared by the editor (client) and its server actions. A draft
// needs only a title; publishing needs the rest (checked in lib/posts/editing.ts).

export const POST_INTENTS = ['save', 'autosave', 'publish', 'schedule', 'unpublish'] as const
export type PostIntent = (typeof POST_INTENTS)[number]

export const postEditorSchema = z
  .object({
    ...editorFields,
    intent: z.enum(POST_INTENTS, { error: 'Choose what to do with the post.' }),
    title: z.string({ error: 'Give the post a title.' }).trim().min(1, 'Give the post a title.').max(200, 'Keep the title under 200 characters.'),
    slug: slugField('free-the-three'),
    excerpt: z.string().trim().max(600, 'Keep the excerpt under 600 characters.').default(''),
    bodyHtml: z.string().max(200_000, 'The post is too long (200,000 characters at most).').default(''),
    categoryIds: z.array(z.uuid('Choose categories from the list.')).max(20).default([]),
    authorId: z.uuid().optional().or(emptyToUndefined),
    byline: optionalText(200, 'Keep the byline under 200 characters.'),
    imageUrl: sitePathOrEmpty,
    imageAlt: optionalText(300, 'Keep the image description under 300 characters.'),
    imageCaption: optionalText(500, 'Keep the caption under 500 characters.'),
    imageCredit: optionalText(200, 'Keep the credit under 200 characters.'),
    sourceName: optionalText(200, 'Keep the source name under 200 characters.'),
    sourceUrl: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v), 'The source link must start with https:// or http://'),
    /** The publication time for "schedule", as an ISO date the browser worked out from local time. */
    publishAt: z.iso.datetime({ offset: true, error: 'Pick a date and time.' }).optional().or(emptyToUndefined),
  })
  .superRefine((p, ctx) => {
    if (p.imageUrl && !p.imageAlt) ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'Describe the image for people who cannot see it.' })
    if (p.intent === 'schedule' && !p.publishAt) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'Pick the date and time to publish.' })
  })

export type PostEditorInput = z.infer<typeof postEditorSchema>

export const postIdSchema = z.object({ id: z.uuid('That post doesn’t exist.') })
