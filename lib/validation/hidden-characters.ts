// Characters no one types into a form, which hide or reorder what a reader sees: C0 and C1
// control characters (NUL among them, which PostgreSQL refuses to store), and the
// bidirectional overrides and isolates that make “gpj.exe” read as “exe.jpg” (Trojan Source).
// Tab, line feed and carriage return stay: textareas send line breaks as CR LF. No server
// imports. The public sign form has its own, stricter rules (lib/validation/signature.ts).

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/

export const CONTROL_MESSAGE = 'This contains invisible control characters. Please type it again.'
export const BIDI_MESSAGE = 'This contains hidden text-direction characters. Please type it without them.'

/** Secrets are hashed or compared, never shown: whatever their owner typed is theirs. */
const UNCHECKED = new Set(['current', 'password', 'repeat', 'token'])

/** A message for each field whose text holds such a character, or null when none does. */
export function hiddenCharacterErrors(fields: Record<string, unknown>): Record<string, string> | null {
  const errors: Record<string, string> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (UNCHECKED.has(name)) continue
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue
      if (CONTROL.test(text)) errors[name] ??= CONTROL_MESSAGE
      else if (BIDI_OVERRIDE.test(text)) errors[name] ??= BIDI_MESSAGE
    }
  }
  return Object.keys(errors).length ? errors : null
}
