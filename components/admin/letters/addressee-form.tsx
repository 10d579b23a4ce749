'use client'

import Link from 'next/link'
import { saveAddresseeAction } from '@/app/admin/(area)/letters/directory/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import { ADDRESSEE_KIND_LABELS, ADDRESSEE_KINDS } from '@/lib/validation/letter'

export type EditableAddressee = {
  id: string
  kind: string
  name: string
  state: string
  hostCountry: string
  postalAddress: string
  email: string
  phone: string
  fax: string
  source: string
  checkedOn: string
}

// One entry of the directory (a new one when `entry` is null).
export function AddresseeForm({ entry, countries, states }: { entry: EditableAddressee | null; countries: (readonly [string, string])[]; states: string[] }) {
  const { state, formAction, pending, values, errors } = useActionForm(saveAddresseeAction)
  const v = (name: keyof EditableAddressee) => values[name] ?? entry?.[name] ?? ''
  const key = `${entry?.id ?? 'new'}-${state?.ok ? (state.id ?? '') : ''}`
  return (
    <form key={key} action={formAction} className="space-y-4 rounded-lg border border-line bg-white p-4">
      <h2 className="text-lg font-bold">{entry ? `Edit “${entry.name}”` : 'Add an entry'}</h2>
      {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          id="addressee-kind"
          name="kind"
          label="Kind"
          options={ADDRESSEE_KINDS.map((k) => [k, ADDRESSEE_KIND_LABELS[k]] as const)}
          defaultValue={v('kind') || 'embassy'}
          error={errors.kind}
        />
        <TextField id="addressee-name" name="name" label="Name" maxLength={200} defaultValue={v('name')} error={errors.name} className="lg:col-span-3" />
        <TextField
          id="addressee-state"
          name="state"
          label="Whose"
          list="addressee-states"
          maxLength={100}
          defaultValue={v('state')}
          error={errors.state}
          hint="The state the embassy or ministry belongs to (or the company’s home), like “Kardania”."
          className="sm:col-span-2"
        />
        <datalist id="addressee-states">
          {states.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <SelectField
          id="addressee-host"
          name="hostCountry"
          label="Located in"
          empty="— (not an embassy)"
          options={countries}
          defaultValue={v('hostCountry')}
          error={errors.hostCountry}
          hint="For embassies and consulates: the host country."
          optional
          className="sm:col-span-2"
        />
      </div>
      <TextAreaField
        id="addressee-address"
        name="postalAddress"
        label="Postal address"
        optional
        rows={3}
        maxLength={500}
        defaultValue={v('postalAddress')}
        error={errors.postalAddress}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="addressee-email" name="email" label="Email" type="email" optional defaultValue={v('email')} error={errors.email} />
        <TextField id="addressee-phone" name="phone" label="Phone" type="tel" optional defaultValue={v('phone')} error={errors.phone} />
        <TextField id="addressee-fax" name="fax" label="Fax" type="tel" optional defaultValue={v('fax')} error={errors.fax} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="addressee-source"
          name="source"
          label="Source"
          optional
          maxLength={300}
          defaultValue={v('source')}
          error={errors.source}
          hint="Where the details come from (a ministry’s list, the embassy’s website)."
          className="sm:col-span-2"
        />
        <TextField id="addressee-checked" name="checkedOn" label="Checked on" type="date" optional defaultValue={v('checkedOn')} error={errors.checkedOn} />
      </div>
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={buttonClass('primary')}>
          {entry ? 'Save' : 'Add to the directory'}
        </button>
        {entry ? (
          <Link href="/admin/letters/directory" className={buttonClass('secondary')}>
            Done
          </Link>
        ) : null}
      </div>
    </form>
  )
}
