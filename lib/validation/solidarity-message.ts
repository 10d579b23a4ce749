import { z } from 'zod'
import { emailAddress, fullName, optionalText, safeText } from '@/lib/validation/signature'

const CONFIRM_EMAIL = 'Please enter your email address: we send you a link to confirm it.'

// A solidarity message under an appeal: shared by the form under a post and its endpoint.

export const MESSAGE_MAX = 600

export const MESSAGE_NOTICE =
  'Your message, name and town or organisation are shown under this appeal once a moderator has read them. Your email is only ' +
  'used to confirm the message: it is never shown or given to anyone.'

export const solidarityMessageFieldsSchema = z.object({
  name: z.string({ error: 'Please enter your name.' }).pipe(fullName),
  place: optionalText('Town or organisation', 150),
  message: z
    .string({ error: 'Please write your message.' })
    .pipe(safeText('Your message', MESSAGE_MAX))
    .refine((v) => v.length > 0, 'Please write your message.')
    .refine((v) => !/<[a-z!/]/i.test(v), 'Please write your message as plain text, without HTML.'),
  email: z.string({ error: CONFIRM_EMAIL }).pipe(emailAddress(CONFIRM_EMAIL)),
})

export const solidarityMessageRequestSchema = solidarityMessageFieldsSchema.extend({
  website: z.string().max(1000).optional(),
  altcha: z.string().max(4000).optional(),
})

export type SolidarityMessageFields = z.infer<typeof solidarityMessageFieldsSchema>
