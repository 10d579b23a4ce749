import { z } from 'zod'

// The admin's subject-access screen: one email address, to find, export or erase what the site
// holds about it. No server imports: the form uses it too.

export const subjectEmail = z
  .string({ error: 'Type the email address to look for.' })
  .trim()
  .min(1, 'Type the email address to look for.')
  .max(254, 'An email address is at most 254 characters.')
  .pipe(z.email('That isn’t a whole email address. Type it like rosa@example.org.'))
  .transform((email) => email.toLowerCase())

export const subjectRequestSchema = z.object({ email: subjectEmail })

export const subjectActionSchema = z.object({
  intent: z.enum(['find', 'erase'], { error: 'Choose “Find” or “Erase all of it”.' }),
  email: subjectEmail,
})
