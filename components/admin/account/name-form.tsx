'use client'

import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { changeOwnNameAction } from '@/app/admin/(area)/account/actions'

export function NameForm({ name }: { name: string }) {
  const { state, formAction, pending, values, errors } = useActionForm(changeOwnNameAction, { keepOnSuccess: true })
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        id="account-name"
        name="name"
        label="Your name"
        hint="Shown on the posts you write and to the other people in the admin area."
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={values.name ?? name}
        error={errors.name}
      />
      <button type="submit" disabled={pending} className={buttonClass('secondary')}>
        {pending ? 'Saving…' : 'Save name'}
      </button>
      <FormStatus state={state} />
    </form>
  )
}
