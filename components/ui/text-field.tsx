import type { InputHTMLAttributes, ReactNode } from 'react'

// A labelled input with its hint and error wired for screen readers (aria-describedby,
// aria-invalid). Used by the admin forms and the public sign form alike.

export const inputClass =
  'mt-1 block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 text-base aria-[invalid=true]:border-accent aria-[invalid=true]:ring-2 aria-[invalid=true]:ring-accent/40'

/** What every labelled field takes besides its element's own attributes. */
export type FieldProps = {
  id: string
  name: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  optional?: boolean
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & FieldProps

export function describedBy(id: string, hint: unknown, error: unknown) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return { 'aria-describedby': ids.length ? ids.join(' ') : undefined, 'aria-invalid': error ? true : undefined }
}

export function FieldLabel({ id, label, optional }: { id: string; label: ReactNode; optional?: boolean }) {
  return (
    <label htmlFor={id} className="font-semibold">
      {label} {optional ? <span className="font-normal text-muted">(optional)</span> : null}
    </label>
  )
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent-dark">
          {error}
        </p>
      ) : null}
    </>
  )
}

export function TextField({ id, name, label, hint, error, optional, className, ...input }: Props) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} optional={optional} />
      <input id={id} name={name} className={inputClass} {...describedBy(id, hint, error)} {...input} />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  )
}
