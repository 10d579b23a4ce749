import type { WriterAddressee } from '@/components/letter/letter-writer'
import { inputClass } from '@/components/ui/text-field'

// Whom the PDF is addressed to, for a reader without JavaScript (with it, the country they
// chose decides): every embassy and consulate by host country, then the fixed addressees.
export function PostalChoice({ id, embassies, fixed }: { id: string; embassies: WriterAddressee[]; fixed: WriterAddressee[] }) {
  if (!embassies.length) return null
  const byHost = new Map<string, WriterAddressee[]>()
  for (const e of embassies) byHost.set(e.hostCountryName ?? '', [...(byHost.get(e.hostCountryName ?? '') ?? []), e])
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        Whom do you post it to?
      </label>
      <select id={id} name="addressee" className={inputClass}>
        <option value="">{fixed.length ? `Choose the embassy in your country (or: ${fixed[0]!.name})` : 'Choose the embassy in your country'}</option>
        {[...byHost].map(([host, entries]) => (
          <optgroup key={host} label={host}>
            {entries.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </optgroup>
        ))}
        {fixed.length ? (
          <optgroup label="Also">
            {fixed.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  )
}
