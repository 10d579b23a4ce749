import { z } from 'zod'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/validation/slug'

// Categories as editors manage them; shared by the form and the server.
export const categoryFormSchema = z.object({
  id: z
    .uuid()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  name: z.string({ error: 'Give the category a name.' }).trim().min(1, 'Give the category a name.').max(60, 'Keep the name under 60 characters.'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(SLUG_MAX)
    .refine((v) => v === '' || SLUG_PATTERN.test(v), 'Use lower-case letters, digits and single hyphens only.')
    .default(''),
  description: z.string().trim().max(500, 'Keep the description under 500 characters.').default(''),
})

export const categoryIdSchema = z.object({ id: z.uuid('That category doesn’t exist.') })
