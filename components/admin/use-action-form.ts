'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useState } from 'react'
import type { ActionState } from '@/lib/action-state'

export type FormAction = (previous: ActionState | null, form: FormData) => Promise<ActionState>

// Fields whose typed value is never put back into the form.
const SECRET_FIELDS = new Set(['password', 'current', 'repeat'])

function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form) if (typeof value === 'string' && !SECRET_FIELDS.has(key)) values[key] = value
  return values
}

/**
 * useActionState plus what every admin form needs: React empties a form once its action ends,
 * so after a failure the typed text is handed back as default values (`keepOnSuccess` keeps
 * it after a success too); and after a success the page's server components are fetched again,
 * since actions don't revalidate pages by hand (`refresh: false` when the change ends the
 * session, and a refresh would jump to the sign-in page before the message is read).
 */
export function useActionForm(action: FormAction, { keepOnSuccess = false, refresh = true } = {}) {
  const router = useRouter()
  const [values, setValues] = useState<Record<string, string>>({})
  const [state, formAction, pending] = useActionState(async (previous: ActionState | null, form: FormData) => {
    const result = await action(previous, form)
    setValues(result.ok && !keepOnSuccess ? {} : typedValues(form))
    return result
  }, null)
  useEffect(() => {
    if (state?.ok && refresh) router.refresh()
  }, [state, router, refresh])
  return { state, formAction, pending, values, errors: state && !state.ok ? (state.fieldErrors ?? {}) : {} }
}
