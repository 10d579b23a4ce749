'use client'

import { saveRedirectAction } from '@/app/admin/(area)/redirects/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import { TextField } from '@/components/ui/text-field'

export type EditedRedirect = { id: string; from: string; to: string; status: number; source: string }

const STATUSES = [
  ['301', '301 — moved for good'],
  ['302', '302 — moved for now'],
] as const

// Adds a redirect (`redirect` null) or edits one; what was typed stays after a refusal, and the
// list (rendered by the server) is fetched again after a change.
export function RedirectForm({ redirect }: { redirect: EditedRedirect | null }) {
  const { state, formAction, pending, values, errors } = useActionForm(saveRedirectAction, { keepOnSuccess: Boolean(redirect) })
  const key = redirect?.id ?? 'new'
  const typed = Object.keys(values).length > 0
  const offsite = typed ? values.allowOffsite === 'on' : Boolean(redirect && /^https?:/.test(redirect.to))
  return (
    <form action={formAction} className="space-y-4">
      {redirect ? <input type="hidden" name="id" value={redirect.id} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={`redirect-${key}-from`}
          name="from"
          label="Old address"
          defaultValue={values.from ?? redirect?.from}
          error={errors.from}
          required
          maxLength={2000}
          placeholder="/2013/07/old-post/"
          hint="A path on this site, with its query if it has one (/?p=123). A whole address pasted from the old site works too."
        />
        <TextField
          id={`redirect-${key}-to`}
          name="to"
          label="New address"
          defaultValue={values.to ?? redirect?.to}
          error={errors.to}
          required
          maxLength={2000}
          placeholder="/posts/new-post"
          hint="A page on this site, starting with /."
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id={`redirect-${key}-status`}
          name="status"
          label="Kind"
          options={STATUSES}
          defaultValue={values.status ?? String(redirect?.status ?? 301)}
          error={errors.status}
        />
        <div className="flex items-start gap-2 md:pt-8">
          <input
            id={`redirect-${key}-offsite`}
            type="checkbox"
            name="allowOffsite"
            defaultChecked={offsite}
            aria-describedby={`redirect-${key}-offsite-hint`}
            className="mt-1 size-5"
          />
          <div>
            <label htmlFor={`redirect-${key}-offsite`}>Lead to another site</label>
            <p id={`redirect-${key}-offsite-hint`} className="text-sm text-muted">
              Only then may the new address start with https://.
            </p>
          </div>
        </div>
      </div>
      {redirect?.source === 'wordpress' ? (
        <p className="text-sm text-muted">Made by the WordPress import. Once you save it, a later import leaves it as you set it.</p>
      ) : null}
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {redirect ? 'Save redirect' : 'Add redirect'}
      </button>
    </form>
  )
}
