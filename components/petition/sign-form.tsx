'use client'

import { useState } from 'react'
import { SelectField } from '@/components/ui/select-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import { useProtectedForm, type FormAnswer } from '@/components/ui/use-protected-form'
import type { SignFlash } from '@/lib/http/flash'
import type { SignatureField } from '@/lib/validation/signature'
import { CURRENT_CONSENT_VERSION, PRIVACY_NOTICE } from '@/lib/validation/signature-consent'
import { paths } from '@/lib/paths'
import { CheckboxField } from '@/components/ui/checkbox-field'

// Works as a plain HTML form before JavaScript arrives (the server answers with a page); with
// JavaScript it checks fields, solves the proof-of-work in the background and shows the answer
// in place (components/ui/use-protected-form.ts). The field rules (sign-helpers.ts) and the
// solver load only once someone is about to sign: a reader who does not never downloads them.

const loadCheck = () => import('@/components/petition/sign-helpers').then((helpers) => helpers.checkSignatureFields)

type Props = { slug: string; countries: { code: string; name: string }[]; initial?: SignFlash | null; idPrefix?: string }

export function SignForm({ slug, countries, initial, idPrefix = 'sign' }: Props) {
  const values = initial?.values ?? {}
  const [email, setEmail] = useState(typeof values.email === 'string' ? values.email : '')
  const id = (field: string) => `${idPrefix}-${field}`
  const { errors, answer, setAnswer, busy, setBusy, statusRef, formRef, prepare, onSubmit } = useProtectedForm<SignatureField>({
    initial,
    loadCheck,
    idOf: id,
    invalidMessage: 'Please correct the marked fields and sign again.',
    unreachableMessage: 'Your signature could not be sent. Check your connection and press “Sign” again.',
    sendingMessage: 'Sending your signature…',
  })

  async function resend(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    try {
      const response = await fetch(paths.resendApi(slug), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email }),
      })
      setAnswer((await response.json()) as FormAnswer)
    } catch {
      setAnswer({ outcome: 'unavailable', message: 'The email could not be requested. Check your connection and try again.' })
    } finally {
      setBusy(false)
    }
  }

  if (answer?.outcome === 'accepted' && !busy) {
    return (
      <div ref={statusRef} tabIndex={-1} role="status" className="rounded-lg border-2 border-teal bg-teal-50 p-5">
        <p className="text-lg font-bold text-teal">Almost done!</p>
        <p className="mt-1">{answer.message}</p>
      </div>
    )
  }

  // Shared form fields (components/ui) wire each field's error for screen readers.
  const field = (name: SignatureField) => ({ id: id(name), name, error: errors[name] })

  return (
    <div className="space-y-4">
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="focus:outline-none">
        {answer && answer.outcome !== 'accepted' ? (
          <div
            className={`rounded-md border p-3 ${answer.outcome === 'already-signed' || answer.outcome === 'resent' ? 'border-teal bg-teal-50' : 'border-accent bg-red-50'}`}
          >
            <p className="font-medium">{answer.message}</p>
            {answer.outcome === 'already-signed' ? (
              <form method="post" action={paths.resendApi(slug)} onSubmit={resend}>
                <input type="hidden" name="email" value={email} />
                <button type="submit" disabled={busy} className="mt-2 min-h-11 rounded-md bg-teal px-4 font-semibold text-white">
                  Send the confirmation email again
                </button>
              </form>
            ) : null}
          </div>
        ) : null}
      </div>
      <form method="post" action={paths.signApi(slug)} ref={formRef} onSubmit={onSubmit} onFocus={prepare} noValidate className="space-y-4">
        <TextField {...field('fullName')} label="Full name" autoComplete="name" required maxLength={100} defaultValue={String(values.fullName ?? '')} />
        <TextField
          {...field('email')}
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <SelectField
          {...field('country')}
          label="Country"
          required
          autoComplete="country"
          empty="Choose your country"
          defaultValue={String(values.country ?? '')}
          options={countries.map((c) => [c.code, c.name])}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field('city')} label="City" optional autoComplete="address-level2" maxLength={100} defaultValue={String(values.city ?? '')} />
          <TextField {...field('postcode')} label="Postcode" optional autoComplete="postal-code" maxLength={20} defaultValue={String(values.postcode ?? '')} />
        </div>
        <TextAreaField {...field('comment')} label="Comment" optional maxLength={1000} defaultValue={String(values.comment ?? '')} />
        <div className="space-y-2">
          <CheckboxField name="showName" label="Show my name publicly (first name and last initial)" defaultChecked={values.showName === 'on'} />
          <CheckboxField
            name="shareWithTarget"
            label="Give my name and town to the petition’s addressee"
            hint="Otherwise they are told only where you sign from."
            defaultChecked={values.shareWithTarget === 'on'}
          />
          <CheckboxField name="keepInformed" label="Keep me informed about this campaign by email" defaultChecked={values.keepInformed === 'on'} />
        </div>
        {/* People never see this field; bots that fill in every field do. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={id('website')}>Leave this empty</label>
          <input id={id('website')} name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <input type="hidden" name="consentVersion" value={CURRENT_CONSENT_VERSION} />
        <p className="text-sm text-muted">{PRIVACY_NOTICE}</p>
        <button
          type="submit"
          disabled={busy}
          className="min-h-12 w-full rounded-md bg-accent-dark px-6 text-lg font-bold text-white hover:bg-accent disabled:opacity-70 sm:w-auto"
        >
          {busy ? 'Signing…' : 'Sign the petition'}
        </button>
      </form>
    </div>
  )
}
