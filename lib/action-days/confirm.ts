import { confirmEntry } from '@/lib/opt-in/confirm'

// The organiser's double opt-in (lib/opt-in/): the link in the confirmation email moves the
// protest from pending to confirmed, which puts it in the moderators' queue.

export type EventLinkOutcome = { kind: 'confirmed' | 'already-confirmed' | 'expired'; daySlug: string } | { kind: 'invalid-link' }

export async function confirmEvent(token: string): Promise<EventLinkOutcome> {
  const done = await confirmEntry('event', token)
  if (done.kind === 'invalid-link' || !done.slug) return { kind: 'invalid-link' }
  if (done.kind !== 'unchanged') return { kind: done.kind, daySlug: done.slug }
  // Confirmed before, approved or rejected since: the link did its work.
  return done.status === 'pending' ? { kind: 'invalid-link' } : { kind: 'already-confirmed', daySlug: done.slug }
}
