import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { SelectField } from '@/components/ui/select-field'
import { inputClass } from '@/components/ui/text-field'
import type { AuditFilters } from '@/lib/audit/filters'

type Props = { filters: AuditFilters; actions: string[]; actors: { id: string; name: string; email: string }[] }

// A plain GET form: the filters live in the address, so a filtered view can be bookmarked or
// sent to another admin, and it works without JavaScript.
export function AuditFilterForm({ filters, actions, actors }: Props) {
  return (
    <form method="get" action="/admin/audit" className="grid gap-4 rounded-lg border border-line bg-white p-6 sm:grid-cols-2 lg:grid-cols-4">
      <SelectField
        id="audit-user"
        name="user"
        label="Who"
        empty="Anyone"
        defaultValue={filters.actorId ?? ''}
        options={actors.map((a) => [a.id, `${a.name} (${a.email})`])}
      />
      <SelectField id="audit-action" name="action" label="Action" empty="Any action" defaultValue={filters.action ?? ''} options={actions.map((a) => [a, a])} />
      <div>
        <label htmlFor="audit-from" className="font-semibold">
          From
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from} className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-to" className="font-semibold">
          To
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to} className={inputClass} />
      </div>
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass('primary')}>
          Show
        </button>
        <Link href="/admin/audit" className={buttonClass('secondary')}>
          Clear filters
        </Link>
      </div>
    </form>
  )
}
