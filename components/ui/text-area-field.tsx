import type { TextareaHTMLAttributes } from 'react'
import { describedBy, FieldLabel, FieldMessages, inputClass, type FieldProps } from '@/components/ui/text-field'

// A labelled multi-line text box, wired like TextField (hint and error for screen readers).
type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & FieldProps

export function TextAreaField({ id, name, label, hint, error, optional, className, rows = 3, ...textarea }: Props) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} optional={optional} />
      <textarea id={id} name={name} rows={rows} className={`${inputClass} py-2`} {...describedBy(id, hint, error)} {...textarea} />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  )
}
