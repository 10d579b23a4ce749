import { counted } from '@/lib/format'
import type { SupporterList as List } from '@/lib/supporters/public-list'
import { SUPPORTER_TYPE_LABELS } from '@/lib/validation/supporter'

// The public list, grouped by type then country. Entries that did not ask to be shown count in
// every number but are never named: a country line says "and 3 more".
export function SupporterList({ list, search }: { list: List; search: string }) {
  return (
    <div className="space-y-6">
      <p className="text-2xl font-bold" data-supporter-totals>
        {counted(list.total, 'supporter')} in {counted(list.countries, 'country', 'countries')}
      </p>
      <form action="/supporters/search" method="get" role="search" className="flex gap-2">
        <label htmlFor="supporters-q" className="sr-only">
          Search names and organisations
        </label>
        <input
          id="supporters-q"
          name="q"
          type="search"
          defaultValue={search}
          maxLength={100}
          placeholder="Search names and organisations"
          className="min-h-11 w-full min-w-0 rounded-md border border-gray-500 bg-white px-3"
        />
        <button type="submit" className="min-h-11 shrink-0 rounded-md bg-ink px-4 font-semibold text-white">
          Search
        </button>
      </form>
      {list.matches !== null ? (
        <p role="status">
          {list.matches === 0 ? `No one named in the list matches “${search}”.` : `${counted(list.matches, 'named supporter')} match “${search}”.`}{' '}
          <a href="/supporters" className="underline">
            Show everyone
          </a>
        </p>
      ) : null}
      {list.groups.map((group) => (
        <section key={group.type} aria-labelledby={`type-${group.type}`} data-type={group.type}>
          <h2 id={`type-${group.type}`} className="border-b border-line pb-1 font-serif text-2xl font-bold">
            {SUPPORTER_TYPE_LABELS[group.type].many} <span className="text-base font-normal text-muted">({group.count})</span>
          </h2>
          {group.countries.map((country) => {
            const unnamed = country.count - country.named.length
            return (
              <div key={country.code} className="mt-4" data-country={country.code}>
                <h3 className="text-sm font-bold tracking-wide text-muted uppercase">
                  {country.name} ({country.count})
                </h3>
                <ul className="mt-1 space-y-2">
                  {country.named.map((s) => (
                    <li key={s.id}>
                      <span className="font-semibold">{s.name}</span>
                      {s.position || s.organisation ? <span className="text-muted">, {[s.position, s.organisation].filter(Boolean).join(', ')}</span> : null}
                      {s.statement ? <q className="mt-0.5 block text-sm italic">{s.statement}</q> : null}
                    </li>
                  ))}
                  {unnamed > 0 && list.matches === null ? (
                    <li className="text-sm text-muted">
                      {country.named.length ? `and ${unnamed} more` : counted(unnamed, 'supporter')} not named at their request
                    </li>
                  ) : null}
                </ul>
              </div>
            )
          })}
        </section>
      ))}
    </div>
  )
}
