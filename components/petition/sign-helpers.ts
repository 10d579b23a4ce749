// What the sign form needs only once someone is about to sign: the field rules (zod). The form
// loads this when it comes into view or gets focus (as it does the proof-of-work solver,
// components/ui/proof-of-work.ts), so a reader who never signs never downloads it.
import '@/components/site/zod-without-eval'
import { fieldErrorsOf, signatureFieldsSchema, type SignatureField } from '@/lib/validation/signature'

/** The first problem with each field, or null when the form may be sent. */
export function checkSignatureFields(data: Record<string, string>): Partial<Record<SignatureField, string>> | null {
  const parsed = signatureFieldsSchema.safeParse(data)
  return parsed.success ? null : fieldErrorsOf(parsed.error)
}
