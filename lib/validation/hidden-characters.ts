// Characters no one types into a form, which hide or reorder what a reader sees: C0 and C1
// control characters (NUL among them, which PostgreSQL refuses to store), and the
// bidirectional overrides and isolates that make “gpj.exe” read as “exe.jpg” (Trojan Source).
// Tab, line feed and carriage return stay: textareas send line breaks as CR LF. No server
// imports. The public sign form has its own, stricter rules (lib/validation/signature.ts).

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/
const HIDDEN = new RegExp(`${CONTROL.source}|${BIDI_OVERRIDE.source}`, 'g')

export const CONTROL_MESSAGE = 'This contains invisible control characters. Please type it again.'
export const BIDI_MESSAGE = 'This contains hidden text-direction characters. Please type it without them.'

/** Secrets are hashed or compared, never shown: whatever their owner typed is theirs. */
const UNCHECKED = new Set(['current', 'password', 'repeat', 'token'])
/** Rich text is pasted from anywhere (Word, web pages), where such characters hide unseen:
 * nobody could find them to delete them, so they are dropped rather than refused. */
const RICH_TEXT = new Set(['bodyHtml'])

/**
 * The fields with hidden characters dropped from rich text, and a message for each other
 * field whose text holds one (null when none does).
 */
export function checkHiddenCharacters(fields: Record<string, unknown>): { fields: Record<string, unknown>; errors: Record<string, string> | null } {
  const errors: Record<string, string> = {}
  const checked: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    checked[name] = RICH_TEXT.has(name) && typeof value === 'string' ? value.replace(HIDDEN, '') : value
    if (UNCHECKED.has(name) || RICH_TEXT.has(name)) continue
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue
      if (CONTROL.test(text)) errors[name] ??= CONTROL_MESSAGE
      else if (BIDI_OVERRIDE.test(text)) errors[name] ??= BIDI_MESSAGE
    }
  }
  return { fields: checked, errors: Object.keys(errors).length ? errors : null }
}
