'use client'

import { useActionForm } from '@/components/admin/use-action-form'
import { RoleSelect } from '@/components/admin/users/role-select'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { inviteUser } from '@/app/admin/(area)/users/actions'

// Adds a person without a password: they get an email with a link to choose one.
export function InviteUserForm() {
  const { state, formAction, pending, values, errors } = useActionForm(inviteUser)
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField id="invite-name" name="name" label="Name" autoComplete="off" required maxLength={100} defaultValue={values.name} error={errors.name} />
      <TextField
        id="invite-email"
        name="email"
        type="email"
        label="Email"
        hint="The invitation goes here. It is also the address they sign in with."
        autoComplete="off"
        inputMode="email"
        required
        defaultValue={values.email}
        error={errors.email}
      />
      <RoleSelect id="invite-role" defaultValue={values.role} error={errors.role} />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Sending the invitation…' : 'Add and send invitation'}
      </button>
    </form>
  )
}
