'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { roleWithArticle } from '@/lib/auth/password-link-email'
import { issuePasswordLink, linkLifetimeText } from '@/lib/auth/password-links'
import { changeRole, createUser, hasPassword, sendPasswordLinkTo, setDisabled } from '@/lib/auth/users'
import { changeRoleSchema, inviteUserSchema, userIdSchema } from '@/lib/validation/users'

// The users screens' server actions (admins only). adminAction checks the session and the
// 'users.manage' permission, parses the form and runs each change and its audit row in one
// transaction; the rules themselves are in lib/auth/users.ts.

const person = (user: { name: string; email: string }) => `${user.name} <${user.email}>`

export const inviteUser = adminAction(
  'users.manage',
  inviteUserSchema,
  async (input, ctx) => {
    const user = await createUser(ctx.tx, input)
    await issuePasswordLink(ctx.tx, { userId: user.id, purpose: 'invite', requestedBy: ctx.user.name })
    await ctx.audit({ action: 'user.create', entityType: 'user', entityId: user.id, summary: `Invited ${person(user)} as ${user.role}` })
    return {
      ok: true,
      id: user.id,
      message: `${user.name} is invited. We’re emailing them a link to choose a password; it works for ${linkLifetimeText('invite')}.`,
    }
  },
  { name: 'invite user' },
)

export const changeUserRole = adminAction(
  'users.manage',
  changeRoleSchema,
  async ({ userId, role }, ctx) => {
    const { user, before, changed } = await changeRole(ctx.tx, ctx.user.id, userId, role)
    if (!changed) return { ok: true, message: `Nothing to change: ${user.name} already has the role ${role}.` }
    await ctx.audit({ action: 'user.role', entityType: 'user', entityId: user.id, summary: `${person(user)}: ${before} → ${role}` })
    return { ok: true, message: `${user.name} is now ${roleWithArticle(role)}. It applies from their next click.` }
  },
  { name: 'change user role' },
)

export const disableUser = adminAction(
  'users.manage',
  userIdSchema,
  async ({ userId }, ctx) => {
    const { user, changed } = await setDisabled(ctx.tx, ctx.user.id, userId, true)
    if (!changed) return { ok: true, message: `${user.name}’s account was already disabled.` }
    await ctx.audit({ action: 'user.disable', entityType: 'user', entityId: user.id, summary: person(user) })
    return { ok: true, message: `${user.name}’s account is disabled and they are signed out everywhere.` }
  },
  { name: 'disable user' },
)

export const enableUser = adminAction(
  'users.manage',
  userIdSchema,
  async ({ userId }, ctx) => {
    const { user, changed } = await setDisabled(ctx.tx, ctx.user.id, userId, false)
    if (!changed) return { ok: true, message: `${user.name}’s account was already enabled.` }
    await ctx.audit({ action: 'user.enable', entityType: 'user', entityId: user.id, summary: person(user) })
    const next = (await hasPassword(ctx.tx, user.id))
      ? 'They can sign in with their password.'
      : 'They still need to choose a password: send the invitation again if their link has run out.'
    return { ok: true, message: `${user.name}’s account is enabled again. ${next}` }
  },
  { name: 'enable user' },
)

/** An invitation again for someone who never chose a password, otherwise a reset link. */
export const sendPasswordLink = adminAction(
  'users.manage',
  userIdSchema,
  async ({ userId }, ctx) => {
    const { user, purpose } = await sendPasswordLinkTo(ctx.tx, userId, ctx.user.name)
    await ctx.audit({
      action: 'user.password-link',
      entityType: 'user',
      entityId: user.id,
      summary: `${purpose === 'invite' ? 'Invitation' : 'Reset link'} for ${person(user)}`,
    })
    return {
      ok: true,
      message: `We’re emailing ${user.email} a new ${purpose === 'invite' ? 'invitation' : 'password reset link'}. It works for ${linkLifetimeText(purpose)}; any earlier link no longer works.`,
    }
  },
  { name: 'send password link' },
)
