import { z } from 'zod'
import { emailSchema, newPasswordSchema, personNameSchema, roleSchema } from '@/lib/validation/account'

// The users screens, the password-link page and the own-account page: shared by their forms
// and their server actions.

const userId = z.uuid({ error: 'That user could not be found. Reload the page and try again.' })

export const inviteUserSchema = z.object({ name: personNameSchema, email: emailSchema, role: roleSchema })

export const changeRoleSchema = z.object({ userId, role: roleSchema })

export const userIdSchema = z.object({ userId })

/** 32 random bytes in base64url: exactly 43 characters of A–Z, a–z, 0–9, - and _. */
export const passwordLinkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

const repeatMatches = (value: { password: string; repeat: string }) => value.password === value.repeat
const REPEAT_MISMATCH = { path: ['repeat'], error: 'The two passwords aren’t the same. Type the new password twice.' }
const repeat = z.string({ error: 'Type the new password a second time.' }).max(1000)

export const setPasswordSchema = z.object({ token: passwordLinkTokenSchema, password: newPasswordSchema, repeat }).refine(repeatMatches, REPEAT_MISMATCH)

export const changeNameSchema = z.object({ name: personNameSchema })

export const changePasswordSchema = z
  .object({
    current: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(1000),
    password: newPasswordSchema,
    repeat,
  })
  .refine(repeatMatches, REPEAT_MISMATCH)
