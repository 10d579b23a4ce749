import { z } from 'zod'
import { firstErrorPerField } from '@/lib/validation/field-errors'
import { CONTACT_TOPICS, type ContactTopic } from '@/lib/contact/topics'
import { checkbox, emailAddress, fullName, safeText } from '@/lib/validation/signature'

// The contact form's rules, shared by the form in the browser and POST /api/contact.

const message = safeText('Your message', 5000).superRefine((v, ctx) => {
  if (v.length === 0) ctx.addIssue({ code: 'custom', message: 'Please write your message.' })
  else if (v.length < 10) ctx.addIssue({ code: 'custom', message: 'Your message is very short: please say a little more, so we can answer.' })
})

export const contactFieldsSchema = z.object({
  topic: z.enum(Object.keys(CONTACT_TOPICS) as [ContactTopic, ...ContactTopic[]], { error: 'Please choose what your message is about.' }),
  name: z.string({ error: 'Please enter your name.' }).pipe(fullName),
  email: z
    .string({ error: 'Please enter your email address, so we can answer you.' })
    .pipe(emailAddress('Please enter your email address, so we can answer you.')),
  message: z.string({ error: 'Please write your message.' }).pipe(message),
  mayPublish: checkbox,
})

/** What the form posts besides the message: the anti-abuse fields, as on the sign form. */
export const contactRequestSchema = contactFieldsSchema.extend({
  website: z.string().max(1000).optional(),
  altcha: z.string().max(4000).optional(),
})

export type ContactFields = z.infer<typeof contactFieldsSchema>
export type ContactField = keyof ContactFields

export const contactFieldErrors = (error: z.ZodError) => firstErrorPerField<ContactField>(error)

/** A moderator's action on one message (/admin/messages). */
export const contactMessageIdSchema = z.object({ id: z.uuid('That message does not exist.') })
export const markHandledSchema = contactMessageIdSchema.extend({ handled: z.enum(['yes', 'no'], { error: 'Say whether the message is answered.' }) })
export const publishMessageSchema = contactMessageIdSchema.extend({ postId: z.uuid('Choose a published post to show the message under.') })
