import type { ReactNode } from 'react'

// A box to tick with its words beside it, the whole line clickable, and an optional quieter
// line under the words: the public forms' consents ("Show my name publicly" …).
export function CheckboxField({ name, label, hint, defaultChecked }: { name: string; label: ReactNode; hint?: ReactNode; defaultChecked?: boolean }) {
  return (
    <label className="flex items-start gap-3">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="mt-1 size-5 accent-accent-dark" />
      <span>
        {label}
        {hint ? <span className="block text-sm text-muted">{hint}</span> : null}
      </span>
    </label>
  )
}
