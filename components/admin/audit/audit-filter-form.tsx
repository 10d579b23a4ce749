import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'
import type { AuditFilters } from '@/lib/audit/filters'

type Props = { filters: AuditFilters; actions: string[]; actors: { id: string; name: string; email: string }[] }

// A plain GET form: the filters live in the address, so a filtered view can be bookmarked or
// sent to another admin, and it works without JavaScript.
export function AuditFilterForm({ filters, actions, actors }: Props) {
  return (
    <form method="get" action="/admin/audit" className="grid gap-4 rounded-lg border border-line bg-white p-6 sm:grid-cols-2 lg:grid-cols-4">
      <div>
        <label htmlFor="audit-user" className="font-semibold">
          Who
        </label>
        <select id="audit-user" name="user" defaultValue={filters.actorId ?? ''} className={inputClass}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.email})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className="font-semibold">
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ''} className={inputClass}>
          <option value="">Any action</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
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
