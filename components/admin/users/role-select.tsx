import { SelectField } from '@/components/ui/select-field'
import { ROLE_LABELS } from '@/lib/auth/permissions'

// A labelled choice of role, each option saying what the role may do.
const ROLE_OPTIONS = Object.entries(ROLE_LABELS)

export function RoleSelect({ id, defaultValue, error }: { id: string; defaultValue?: string; error?: string }) {
  return <SelectField id={id} name="role" label="Role" defaultValue={defaultValue ?? 'editor'} error={error} options={ROLE_OPTIONS} />
}
