import type { z } from 'zod'

// The first message for each field of a form, keyed by the field's name (a list such as
// categoryIds reports on the list, whichever item was wrong). Shared by the public sign form
// and the admin actions, in the browser and on the server.
export function firstErrorPerField<Field extends string = string>(error: z.ZodError): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {}
  for (const issue of error.issues) {
    const field = (issue.path[0] === undefined ? 'form' : String(issue.path[0])) as Field
    found[field] ??= issue.message
  }
  return found
}
