import { startTransition, type FormEvent } from 'react'
import type { ActionState } from '@/lib/action-state'

// Calling admin server actions from client components.

/**
 * Submits the form through the action inside a transition, so React does not reset the form
 * afterwards: its automatic reset after a form action would clear every field that isn't
 * controlled (categories, excerpt, byline …) and the next save would store them empty.
 */
export function submitKeepingFields(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    startTransition(() => formAction(data))
  }
}

const UNREACHABLE =
  'Your changes could not be sent: the connection dropped or the site was just updated. Nothing was lost on this page: copy your text to be safe, then try again.'

/** A server action call whose failure (offline, a new deployment) is an answer, not a crash. */
export async function callAction(
  action: (previous: ActionState | null, data: FormData) => Promise<ActionState>,
  previous: ActionState | null,
  data: FormData,
): Promise<ActionState> {
  try {
    return await action(previous, data)
  } catch (error) {
    // redirect() and notFound() are thrown on purpose and must go through.
    if (typeof (error as { digest?: unknown })?.digest === 'string') throw error
    return { ok: false, message: UNREACHABLE }
  }
}
