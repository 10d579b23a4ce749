import { z } from 'zod'
import { checkbox, editorFields, slugField } from '@/lib/validation/editor-fields'

// Standalone pages, as editors write them; shared by the page editor and its server actions.

/** Addresses the site already uses at the top level: a page can't take them. */
export const RESERVED_PAGE_SLUGS = [
  'admin',
  'api',
  'archive',
  'author',
  'action-events',
  'category',
  'days-of-action',
  'demo',
  'donate',
  'feed',
  'media',
  'page',
  'petitions',
  'posts',
  'preview',
  'search',
  'signatures',
] as const

export const PAGE_INTENTS = ['save', 'publish', 'unpublish'] as const

export const pageEditorSchema = z.object({
  ...editorFields,
  intent: z.enum(PAGE_INTENTS, { error: 'Choose what to do with the page.' }),
  title: z.string({ error: 'Give the page a title.' }).trim().min(1, 'Give the page a title.').max(200, 'Keep the title under 200 characters.'),
  slug: slugField('about-us').refine(
    (v) => !(RESERVED_PAGE_SLUGS as readonly string[]).includes(v),
    'The site already uses this address; choose another slug.',
  ),
  bodyHtml: z.string().max(200_000, 'The page is too long (200,000 characters at most).').default(''),
  showInNav: checkbox,
})

export type PageEditorInput = z.infer<typeof pageEditorSchema>

export const pageIdSchema = z.object({ id: z.uuid('That page doesn’t exist.') })
export const movePageSchema = pageIdSchema.extend({ direction: z.enum(['up', 'down'], { error: 'Move the page up or down.' }) })
