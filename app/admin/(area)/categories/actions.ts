'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { deleteCategory, saveCategory } from '@/lib/posts/categories'
import { categoryFormSchema, categoryIdSchema } from '@/lib/validation/category'

export const saveCategoryAction = adminAction(
  'categories.write',
  categoryFormSchema,
  async (input, ctx) => {
    const saved = await saveCategory(input, ctx)
    return { ok: true, id: saved.id, message: input.id ? `Saved “${saved.name}”.` : `Added the category “${saved.name}”.` }
  },
  { name: 'save category' },
)

export const deleteCategoryAction = adminAction(
  'categories.write',
  categoryIdSchema,
  async ({ id }, ctx) => {
    const { moved, fallback } = await deleteCategory(id, ctx)
    return { ok: true, message: moved ? `Deleted. ${moved} post${moved === 1 ? '' : 's'} that had no other category moved to “${fallback}”.` : 'Deleted.' }
  },
  { name: 'delete category' },
)
