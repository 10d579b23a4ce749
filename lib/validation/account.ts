import { z } from 'zod'
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-rules'

// Sign-in, users and passwords: shared by the admin forms and the server.

export const emailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email('That doesn’t look like an email address (name@example.org).'))

export const newPasswordSchema = z
  .string({ error: 'Choose a password.' })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).default(''),
  password: z.string().max(1000).default(''),
})

export const personNameSchema = z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(100, 'Keep the name under 100 characters.')

export const roleSchema = z.enum(['admin', 'editor', 'moderator'], { error: 'Choose a role.' })
