import { z } from 'zod'
import { editorFields, slugField } from '@/lib/validation/editor-fields'

// Categories as editors manage them; shared by the form and the server.
export const categoryFormSchema = z.object({
  id: editorFields.id,
  name: z.string({ error: 'Give the category a name.' }).trim().min(1, 'Give the category a name.').max(60, 'Keep the name under 60 characters.'),
  slug: slugField('campaign-news'),
  description: z.string().trim().max(500, 'Keep the description under 500 characters.').default(''),
})

export const categoryIdSchema = z.object({ id: z.uuid('That category doesn’t exist.') })
