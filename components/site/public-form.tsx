import type { ReactNode } from 'react'
import { FormAnswer } from '@/components/site/form-answer'
import { HoneypotField } from '@/components/site/honeypot-field'
import { ProofOfWorkField } from '@/components/site/proof-of-work-field'
import { TextField } from '@/components/ui/text-field'
import type { FormFlash } from '@/lib/http/flash'

// The frame of the public double opt-in forms (sponsors and supporters, solidarity messages): a
// plain HTML form (it works without JavaScript) with the answer it came back with, the form's own
// fields, the email to confirm, the anti-abuse fields (lib/public-forms/submission.ts), the privacy
// notice and the button.

/** What a form needs from the flash cookie: each field's typed value and its message. */
export function flashFields(flash: FormFlash | null, idPrefix: string) {
  const values = flash?.values ?? {}
  const errors = flash?.fieldErrors ?? {}
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : '')
  return { values, text, field: (name: string) => ({ id: `${idPrefix}-${name}`, name, error: errors[name] }) }
}

type Props = {
  flash: FormFlash | null
  action: string
  idPrefix: string
  notice: string
  submitLabel: string
  children: ReactNode
  /** Shown between the email and the notice (a consent box). */
  afterEmail?: ReactNode
}

export function PublicForm({ flash, action, idPrefix, notice, submitLabel, children, afterEmail }: Props) {
  const { field } = flashFields(flash, idPrefix)
  return (
    <div className="space-y-4">
      <FormAnswer flash={flash} />
      <form method="post" action={action} noValidate className="space-y-4">
        {children}
        <TextField
          {...field('email')}
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          hint="Never shown. We send you a link to confirm it."
        />
        {afterEmail}
        <HoneypotField id={`${idPrefix}-website`} />
        <ProofOfWorkField />
        <p className="text-sm text-muted">{notice}</p>
        <button type="submit" className="min-h-12 w-full rounded-md bg-accent-dark px-6 text-lg font-bold text-white hover:bg-accent sm:w-auto">
          {submitLabel}
        </button>
      </form>
    </div>
  )
}
