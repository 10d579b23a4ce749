/** "Maria K.": first name and last initial, never more. */
export function publicSignerName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/)
  const first = parts[0] ?? ''
  const last = parts.length > 1 ? parts[parts.length - 1]! : ''
  return last ? `${first} ${[...last][0]!.toUpperCase()}.` : first
}
