import { makeToken } from '@/lib/signatures/links'
import { absoluteUrl } from '@/lib/site'

/**
 * The "erase everything about this address" link in every email to a signer. It carries one of
 * their signatures; the erasure covers every signature of that signature's address. A test
 * message to an editor belongs to nobody: its link leads to the "doesn't work" answer.
 */
export function eraseLinkUrl(signatureId: string | null): string {
  return absoluteUrl(`/signatures/erase?token=${signatureId ? makeToken('erase-link', signatureId) : 'test-message'}`)
}
