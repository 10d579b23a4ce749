'use client'

import { useActionForm } from '@/components/admin/use-action-form'
import { RoleSelect } from '@/components/admin/users/role-select'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { changeUserRole } from '@/app/admin/(area)/users/actions'

export function ChangeRoleForm({ userId, role }: { userId: string; role: string }) {
  const { state, formAction, pending, values, errors } = useActionForm(changeUserRole, { keepOnSuccess: true })
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      {/* Keyed by the saved role, so the choice follows the page when it reloads. */}
      <div key={role}>
        <RoleSelect id="change-role" defaultValue={values.role ?? role} error={errors.role} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass('secondary')}>
        {pending ? 'Saving…' : 'Change role'}
      </button>
      <FormStatus state={state} />
    </form>
  )
}
