import { describedBy, FieldLabel, FieldMessages, inputClass } from '@/components/ui/text-field'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import type { Role } from '@/lib/generated/prisma/enums'

// A labelled choice of role, each option saying what the role may do.
export function RoleSelect({ id, defaultValue, error }: { id: string; defaultValue?: string; error?: string }) {
  return (
    <div>
      <FieldLabel id={id} label="Role" />
      <select id={id} name="role" defaultValue={defaultValue ?? 'editor'} className={inputClass} {...describedBy(id, null, error)}>
        {(Object.keys(ROLE_LABELS) as Role[]).map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <FieldMessages id={id} error={error} />
    </div>
  )
}
