import { z } from 'zod'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/validation/slug'

// Fields every editor form (posts, pages, petitions) sends: which item, which version of it the editor
// started from, and an optional slug (empty: made from the title).

export const emptyToUndefined = z.literal('').transform(() => undefined)

export const editorFields = {
  id: z.uuid('This item doesn’t exist. Reload the page.').optional().or(emptyToUndefined),
  /** When the editor loaded the item; a save based on an older version is refused. */
  baseUpdatedAt: z.iso.datetime('The editor’s copy can’t be read. Reload the page and make the change again.').optional().or(emptyToUndefined),
}

export function slugField(example: string) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .max(SLUG_MAX, `Keep the slug under ${SLUG_MAX} characters.`)
    .refine((v) => v === '' || SLUG_PATTERN.test(v), `Use lower-case letters, digits and single hyphens only (like ${example}).`)
    .default('')
}

/** Optional free text: trimmed, and empty becomes undefined. */
export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined))

/** An image chosen from the media library: a path on this site (never climbing out with ..), or nothing. */
export const sitePathOrEmpty = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine(
    (v) => v === undefined || (/^\/(?!\/)[\w./-]+$/.test(v) && !v.split('/').includes('..')),
    'Choose an image from the media library (a file on this site).',
  )

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
export const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v === 'on' || v === 'true')
