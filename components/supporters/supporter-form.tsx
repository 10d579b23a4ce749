import { flashFields, PublicForm } from '@/components/site/public-form'
import { SelectField } from '@/components/ui/select-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import type { FormFlash } from '@/lib/http/flash'
import { countryOptions } from '@/lib/petitions/countries'
import { SUPPORTER_NOTICE, SUPPORTER_TYPE_LABELS, SUPPORTER_TYPES } from '@/lib/validation/supporter'
import { CheckboxField } from '@/components/ui/checkbox-field'

// The join form, posted to /api/supporters (components/site/public-form.tsx holds the frame).
export function SupporterForm({ flash }: { flash: FormFlash | null }) {
  const { values, text, field } = flashFields(flash, 'supporter')
  const consent = (
    <CheckboxField
      name="showPublicly"
      label="Show my name publicly"
      hint="Otherwise you are counted, but your name is not shown."
      defaultChecked={values.showPublicly === 'on'}
    />
  )
  return (
    <PublicForm flash={flash} action="/api/supporters" idPrefix="supporter" notice={SUPPORTER_NOTICE} submitLabel="Add my name" afterEmail={consent}>
      <TextField {...field('name')} label="Full name" autoComplete="name" required maxLength={100} defaultValue={text('name')} />
      <SelectField
        {...field('type')}
        label="I sign as"
        required
        empty="Choose one"
        defaultValue={text('type')}
        options={SUPPORTER_TYPES.map((t) => [t, SUPPORTER_TYPE_LABELS[t].one])}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...field('organisation')}
          label="Organisation"
          optional
          autoComplete="organization"
          maxLength={150}
          hint="Your union, party or group, or the one you belong to."
          defaultValue={text('organisation')}
        />
        <TextField {...field('position')} label="Position" optional autoComplete="organization-title" maxLength={100} defaultValue={text('position')} />
      </div>
      <SelectField
        {...field('country')}
        label="Country"
        required
        autoComplete="country"
        empty="Choose your country"
        defaultValue={text('country')}
        options={countryOptions().map((c) => [c.code, c.name])}
      />
      <TextAreaField
        {...field('statement')}
        label="Statement"
        optional
        rows={3}
        maxLength={500}
        hint="A sentence or two, shown with your name."
        defaultValue={text('statement')}
      />
    </PublicForm>
  )
}
