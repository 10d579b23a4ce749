'use server'

import { changeOwnName, changeOwnPassword } from '@/lib/auth/account'
import { accountAction } from '@/lib/auth/admin-action'
import { changeNameSchema, changePasswordSchema } from '@/lib/validation/users'

// The signed-in person's own account. accountAction only asks for a signed-in, enabled user.

export const changeOwnNameAction = accountAction(
  changeNameSchema,
  async ({ name }, ctx) => {
    await changeOwnName(ctx.tx, ctx.user.id, name)
    await ctx.audit({ action: 'account.name', entityType: 'user', entityId: ctx.user.id, summary: `${ctx.user.name} → ${name}` })
    return { ok: true, message: `Saved. Your name is now shown as ${name}.` }
  },
  { name: 'change own name' },
)

export const changeOwnPasswordAction = accountAction(
  changePasswordSchema,
  async (input, ctx) => {
    await changeOwnPassword(ctx.tx, ctx.user, input, ctx.ipHash)
    await ctx.audit({ action: 'account.password', entityType: 'user', entityId: ctx.user.id })
    return { ok: true, message: 'Your password is changed. For safety you are now signed out everywhere, here too: sign in again with your new password.' }
  },
  { name: 'change own password' },
)
