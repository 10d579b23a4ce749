// The contact form's field rules (zod), loaded only once someone is about to write (see
// components/ui/use-protected-form.ts), so the contact page doesn't carry them on first load.
import '@/components/site/zod-without-eval'
import { contactFieldErrors, contactFieldsSchema, type ContactField } from '@/lib/validation/contact'

/** The first problem with each field, or null when the message may be sent. */
export function checkContactFields(data: Record<string, string>): Partial<Record<ContactField, string>> | null {
  const parsed = contactFieldsSchema.safeParse(data)
  return parsed.success ? null : contactFieldErrors(parsed.error)
}
