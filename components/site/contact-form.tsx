'use client'

import { useState } from 'react'
import { SelectField } from '@/components/ui/select-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import { useProtectedForm } from '@/components/ui/use-protected-form'
import type { SignFlash } from '@/lib/http/flash'
import { CONTACT_PRIVACY_NOTICE, CONTACT_TOPICS } from '@/lib/contact/topics'
import type { ContactField } from '@/lib/validation/contact'
import { CheckboxField } from '@/components/ui/checkbox-field'

const loadCheck = () => import('@/components/site/contact-helpers').then((helpers) => helpers.checkContactFields)

// A plain HTML form before JavaScript arrives (POST /api/contact answers with a page); with
// JavaScript it starts the proof-of-work when the reader first touches the form, checks the
// fields and shows the answer in place.

type Props = { initial?: SignFlash | null; topic?: string }

export function ContactForm({ initial, topic: initialTopic }: Props) {
  const values = initial?.values ?? {}
  const [topic, setTopic] = useState(String(values.topic ?? initialTopic ?? ''))
  const { errors, answer, busy, statusRef, formRef, prepare, onSubmit } = useProtectedForm<ContactField>({
    initial,
    loadCheck,
    idOf: (name) => `contact-${name}`,
    invalidMessage: 'Please correct the marked fields and send again.',
    unreachableMessage: 'Your message could not be sent. Check your connection and press “Send” again.',
  })
  const field = (name: ContactField) => ({ id: `contact-${name}`, name, error: errors[name] })

  if (answer?.outcome === 'accepted') {
    return (
      <div ref={statusRef} tabIndex={-1} role="status" className="rounded-lg border-2 border-teal bg-teal-50 p-5">
        <p className="text-lg font-bold text-teal">Message sent</p>
        <p className="mt-1">{answer.message}</p>
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="focus:outline-none">
        {answer ? <p className="rounded-md border border-accent bg-red-50 p-3 font-medium">{answer.message}</p> : null}
      </div>
      <form method="post" action="/api/contact" ref={formRef} onSubmit={onSubmit} onFocus={prepare} noValidate className="space-y-4">
        <SelectField
          {...field('topic')}
          label="What is it about?"
          required
          empty="Choose a topic"
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          options={Object.entries(CONTACT_TOPICS)}
        />
        <TextField {...field('name')} label="Your name" autoComplete="name" required maxLength={100} defaultValue={String(values.name ?? '')} />
        <TextField
          {...field('email')}
          label="Your email"
          hint="We answer you here. It is never published."
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={String(values.email ?? '')}
        />
        <TextAreaField {...field('message')} label="Your message" required rows={6} maxLength={5000} defaultValue={String(values.message ?? '')} />
        {topic === 'solidarity' || topic === '' ? (
          <CheckboxField
            name="mayPublish"
            label="You may publish my message of solidarity on the site, with my name"
            hint="Only for messages of solidarity. Your email is never shown."
            defaultChecked={values.mayPublish === 'on'}
          />
        ) : null}
        {/* People never see this field; bots that fill in every field do. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="contact-website">Leave this empty</label>
          <input id="contact-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="text-sm text-muted">{CONTACT_PRIVACY_NOTICE}</p>
        <button
          type="submit"
          disabled={busy}
          className="min-h-12 w-full rounded-md bg-accent-dark px-6 text-lg font-bold text-white hover:bg-accent disabled:opacity-70 sm:w-auto"
        >
          {busy ? 'Sending…' : 'Send'}
        </button>
      </form>
    </div>
  )
}
