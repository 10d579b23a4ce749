import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { SelectField } from '@/components/ui/select-field'
import { TextField } from '@/components/ui/text-field'
import { HOLD_REASON_LABELS } from '@/lib/moderation/hold-reasons'
import { countryOptions } from '@/lib/petitions/countries'
import { SIGNATURE_STATUSES, type SignatureFilter } from '@/lib/validation/signature-search'

type Props = { filter: SignatureFilter; petitions: { id: string; title: string }[] }

// A plain GET form: the filter lives in the address, so a list can be bookmarked or sent to a
// colleague, and the same address opens the invalidation preview.
export function SignatureFilterForm({ filter, petitions }: Props) {
  return (
    <form
      method="get"
      action="/admin/moderation/signatures"
      aria-label="Filter signatures"
      className="grid gap-4 rounded-lg border border-line bg-white p-6 sm:grid-cols-2 lg:grid-cols-4"
    >
      <SelectField
        id="filter-petition"
        name="petition"
        label="Petition"
        empty="All petitions"
        defaultValue={filter.petition ?? ''}
        options={petitions.map((p) => [p.id, p.title])}
        className="sm:col-span-2"
      />
      <TextField id="filter-name" name="name" label="Name starts with" defaultValue={filter.name ?? ''} hint="Any case; first or full name" />
      <TextField id="filter-email" name="email" label="Email" type="email" defaultValue={filter.email ?? ''} hint="The whole address" />
      <TextField id="filter-domain" name="domain" label="Email domain" defaultValue={filter.domain ?? ''} hint="e.g. example.org" />
      <TextField id="filter-ip" name="ip" label="Address hash" defaultValue={filter.ip ?? ''} hint="As shown in the list" />
      <SelectField
        id="filter-country"
        name="country"
        label="Country"
        empty="Any country"
        defaultValue={filter.country ?? ''}
        options={countryOptions().map((c) => [c.code, c.name])}
      />
      <SelectField
        id="filter-status"
        name="status"
        label="Status"
        empty="Any status"
        defaultValue={filter.status ?? ''}
        options={SIGNATURE_STATUSES.map((s) => [s, s])}
      />
      <SelectField
        id="filter-reason"
        name="reason"
        label="Held because"
        empty="Any reason, or none"
        defaultValue={filter.reason ?? ''}
        options={Object.entries(HOLD_REASON_LABELS)}
        className="sm:col-span-2"
      />
      <TextField id="filter-from" name="from" label="Signed from (UTC)" type="datetime-local" defaultValue={filter.from ?? ''} />
      <TextField id="filter-to" name="to" label="Signed until (UTC)" type="datetime-local" defaultValue={filter.to ?? ''} />
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass('primary')}>
          Search
        </button>
        <Link href="/admin/moderation/signatures" className={buttonClass('secondary')}>
          Clear filters
        </Link>
      </div>
    </form>
  )
}
