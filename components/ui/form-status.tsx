import type { ActionState } from '@/lib/action-state'

// The answer to a form, announced to screen readers as it changes.
export function FormStatus({ state, id }: { state: ActionState<unknown> | null; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite" className="empty:hidden">
      {state?.message ? (
        <p className={`rounded-md border p-3 font-medium ${state.ok ? 'border-teal bg-teal-50 text-teal' : 'border-accent bg-red-50 text-accent-dark'}`}>
          {state.message}
        </p>
      ) : null}
    </div>
  )
}
