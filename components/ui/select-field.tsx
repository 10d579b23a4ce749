import type { ReactNode, SelectHTMLAttributes } from 'react'
import { describedBy, FieldLabel, FieldMessages, inputClass } from '@/components/ui/text-field'

// A labelled choice from a list, wired like TextField. `empty` adds a first option with no
// value ("All", "Choose your country").
type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> & {
  id: string
  name: string
  label: ReactNode
  options: readonly (readonly [value: string, label: string])[]
  empty?: string
  hint?: ReactNode
  error?: string
  optional?: boolean
}

export function SelectField({ id, name, label, options, empty, hint, error, optional, className, ...select }: Props) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} optional={optional} />
      <select id={id} name={name} className={inputClass} {...describedBy(id, hint, error)} {...select}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  )
}
