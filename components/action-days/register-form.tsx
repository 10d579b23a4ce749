import { ProofOfWorkField } from '@/components/site/proof-of-work-field'
import { buttonClass } from '@/components/ui/button'
import { SelectField } from '@/components/ui/select-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import { allTimeZones } from '@/lib/action-days/time-zone'
import type { SignFlash } from '@/lib/http/flash'
import { countryOptions } from '@/lib/petitions/countries'
import { EVENT_PRIVACY_NOTICE } from '@/lib/validation/action-event'

// The organiser's form: a plain HTML form that works without JavaScript (the answer is a page);
// with JavaScript a small script only adds the proof-of-work. After a refused post the entries
// and messages come back from the flash cookie.

type Props = { slug: string; dayDate: string; flash: SignFlash | null }

export function RegisterForm({ slug, dayDate, flash }: Props) {
  const values = (flash?.values ?? {}) as Record<string, string>
  const errors = flash?.fieldErrors ?? {}
  const countries = countryOptions().map((c) => [c.code, c.name] as const)
  const zones = allTimeZones().map((z) => [z, z.replace(/_/g, ' ')] as const)
  return (
    <form method="post" action={`/api/days-of-action/${slug}/events`} noValidate className="mt-6 space-y-5">
      {flash ? (
        <p role="alert" className="rounded-md border border-accent bg-red-50 p-3 font-medium text-accent-dark">
          {flash.message}
        </p>
      ) : null}
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">Where and when</legend>
        <SelectField
          id="ev-country"
          name="country"
          label="Country"
          options={countries}
          empty="Choose the country"
          defaultValue={values.country ?? ''}
          error={errors.country}
        />
        <TextField id="ev-city" name="city" label="City or town" defaultValue={values.city} error={errors.city} maxLength={100} autoComplete="address-level2" />
        <TextField
          id="ev-place"
          name="place"
          label="Meeting place"
          hint="Where people meet: a street address, or “outside the embassy, 12 Example Street”."
          defaultValue={values.place}
          error={errors.place}
          maxLength={200}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="ev-date" name="date" type="date" label="Date" defaultValue={values.date ?? dayDate} error={errors.date} />
          <TextField
            id="ev-time"
            name="time"
            type="time"
            label="Start time"
            hint="Local time where the protest happens."
            defaultValue={values.time}
            error={errors.time}
          />
        </div>
        <SelectField
          id="ev-zone"
          name="timeZone"
          label="Time zone of the place"
          options={zones}
          empty="The country’s own (if it has only one)"
          hint="Registering a protest in another country? Choose the zone of the place, not your own."
          defaultValue={values.timeZone ?? ''}
          error={errors.timeZone}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">About the protest</legend>
        <TextField
          id="ev-organiser"
          name="organiserName"
          label="Organiser’s public name"
          hint="Shown with the protest: your name, your union branch or your group."
          defaultValue={values.organiserName}
          error={errors.organiserName}
          maxLength={100}
        />
        <TextAreaField
          id="ev-description"
          name="description"
          label="Description"
          optional
          rows={4}
          hint="What will happen, what to bring, who is speaking. At most 1,000 characters."
          defaultValue={values.description}
          error={errors.description}
          maxLength={1000}
        />
        <TextField
          id="ev-email"
          name="email"
          type="email"
          label="Your email"
          hint="Never shown. We send you a link to confirm the protest."
          defaultValue={values.email}
          error={errors.email}
          autoComplete="email"
        />
      </fieldset>
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="ev-website">Leave this empty</label>
        <input id="ev-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <ProofOfWorkField />
      <p className="text-sm text-muted">{EVENT_PRIVACY_NOTICE}</p>
      <button type="submit" className={buttonClass('primary', 'w-full sm:w-auto')}>
        Register the protest
      </button>
    </form>
  )
}
