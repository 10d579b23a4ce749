import { makeToken } from '@/lib/opt-in/links'
import { absoluteUrl } from '@/lib/site'

/**
 * The "erase everything about this address" link in every email to a person. It carries the id of
 * the entry the email is about (a signature, a supporter entry, a message, a protest); the
 * erasure covers everything of that entry's address. A test message to an editor belongs to
 * nobody: its link leads to the "doesn't work" answer.
 */
export function eraseLinkUrl(entryId: string | null): string {
  return absoluteUrl(`/signatures/erase?token=${entryId ? makeToken('erase-link', entryId) : 'test-message'}`)
}
