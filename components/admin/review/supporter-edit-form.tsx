'use client'

import { editSupporterAction } from '@/app/admin/(area)/supporters/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import { SUPPORTER_TYPE_LABELS, SUPPORTER_TYPES } from '@/lib/validation/supporter'

type Entry = {
  id: string
  name: string
  organisation: string | null
  position: string | null
  country: string
  type: string
  statement: string | null
  showPublicly: boolean
}

// A moderator corrects a supporter's entry (a typo, a union's full name). The email is not editable.
export function SupporterEditForm({ entry, countries }: { entry: Entry; countries: { code: string; name: string }[] }) {
  const { state, formAction, pending, values, errors } = useActionForm(editSupporterAction, { keepOnSuccess: true })
  const value = (name: keyof Entry) => values[name] ?? String(entry[name] ?? '')
  const field = (name: keyof Entry) => ({ id: `edit-${name}`, name, error: errors[name], defaultValue: value(name) })
  return (
    <form action={formAction} className="max-w-2xl space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={entry.id} />
      <TextField {...field('name')} label="Full name" required maxLength={100} />
      <SelectField {...field('type')} label="Type" options={SUPPORTER_TYPES.map((t) => [t, SUPPORTER_TYPE_LABELS[t].one])} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field('organisation')} label="Organisation" optional maxLength={150} />
        <TextField {...field('position')} label="Position" optional maxLength={100} />
      </div>
      <SelectField {...field('country')} label="Country" options={countries.map((c) => [c.code, c.name])} />
      <TextAreaField {...field('statement')} label="Statement" optional rows={3} maxLength={500} />
      <label className="flex items-start gap-3">
        <input type="checkbox" name="showPublicly" defaultChecked={entry.showPublicly} className="mt-1 size-5 accent-accent-dark" />
        <span>
          Show publicly <span className="block text-sm text-muted">Only with the person’s consent: tick it only if they asked.</span>
        </span>
      </label>
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        Save changes
      </button>
    </form>
  )
}
