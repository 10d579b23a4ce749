import { z } from 'zod'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/validation/slug'

// Fields every editor form (posts, pages) sends: which item, which version of it the editor
// started from, and an optional slug (empty: made from the title).

const emptyToUndefined = z.literal('').transform(() => undefined)

export const editorFields = {
  id: z.uuid().optional().or(emptyToUndefined),
  /** When the editor loaded the item; a save based on an older version is refused. */
  baseUpdatedAt: z.iso.datetime().optional().or(emptyToUndefined),
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
