'use server'

import { redirect } from 'next/navigation'
import { adminAction } from '@/lib/auth/admin-action'
import { deleteRedirect, saveRedirect } from '@/lib/redirects/redirects'
import { redirectFormSchema, redirectIdSchema } from '@/lib/validation/redirect'

// The redirects screen's server actions (admins only: adminAction checks the session and the
// 'redirects.manage' permission, parses the form, and runs the change with its audit row in one
// transaction). The rules are in lib/redirects/redirects.ts.

export const saveRedirectAction = adminAction(
  'redirects.manage',
  redirectFormSchema,
  async (input, ctx) => {
    const saved = await saveRedirect(input, ctx)
    return {
      ok: true,
      id: saved.id,
      message: input.id ? 'Saved.' : `Added: ${saved.fromPath}${saved.fromQuery ? `?${saved.fromQuery}` : ''} now leads to ${saved.toPath}.`,
    }
  },
  { name: 'save redirect' },
)

export const deleteRedirectAction = adminAction(
  'redirects.manage',
  redirectIdSchema,
  async ({ id }, ctx) => {
    await deleteRedirect(id, ctx)
    redirect('/admin/redirects?deleted=1')
  },
  { name: 'delete redirect' },
)
