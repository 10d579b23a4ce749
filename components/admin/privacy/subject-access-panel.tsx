'use client'

import { useActionState, useState } from 'react'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { subjectAccessAction } from '@/app/admin/(area)/privacy/actions'
import type { ActionState } from '@/lib/action-state'
import type { SubjectReport } from '@/lib/privacy/subject-access'

// The subject-access screen: find an address, then download or erase what was found. The
// address travels in form posts only, never in the page's URL (nor so in browser history or
// server logs).

type State = ActionState<SubjectReport> | null

export function SubjectAccessPanel() {
  const [typed, setTyped] = useState('')
  const [state, formAction, pending] = useActionState(async (previous: State, form: FormData) => {
    setTyped(String(form.get('email') ?? ''))
    return subjectAccessAction(previous, form)
  }, null)
  const report = state?.ok ? state.result : undefined
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {}
  return (
    <div className="space-y-6">
      <form action={formAction} className="flex max-w-3xl flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4" noValidate>
        <input type="hidden" name="intent" value="find" />
        <TextField
          id="subject-email"
          name="email"
          type="email"
          label="Email address"
          hint="Spelling variants count as the same address (capitals; dots in Gmail addresses)."
          autoComplete="off"
          inputMode="email"
          required
          maxLength={254}
          defaultValue={typed}
          error={errors.email}
          className="min-w-64 flex-1"
        />
        <button type="submit" disabled={pending} className={buttonClass('primary')}>
          {pending ? 'Looking…' : 'Find'}
        </button>
      </form>
      <FormStatus state={state} />
      {report ? <SubjectReportView report={report} formAction={formAction} pending={pending} /> : null}
    </div>
  )
}

function SubjectReportView({ report, formAction, pending }: { report: SubjectReport; formAction: (form: FormData) => void; pending: boolean }) {
  const signatures = report.sources.find((s) => s.id === 'signatures')?.items ?? []
  const erasable = signatures.filter((i) => !i.erasedAt).length
  return (
    <section aria-labelledby="report-heading" className="space-y-5">
      <h2 id="report-heading" className="text-xl font-bold">
        What this site holds about {report.email}
      </h2>
      {report.sources.map((source) => (
        <section key={source.id} aria-labelledby={`source-${source.id}`} className="rounded-lg border border-line bg-white p-4">
          <h3 id={`source-${source.id}`} className="font-bold">
            {source.label}: {source.items.length}
          </h3>
          {source.note ? <p className="mt-1 text-sm text-muted">{source.note}</p> : null}
          {source.items.length ? (
            <ul className="mt-2 space-y-1">
              {source.items.map((item, i) => (
                <li key={i}>
                  <span className="font-semibold">{item.title}</span> — {item.detail}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <div className="flex flex-wrap items-start gap-4">
        <form method="post" action="/api/admin/privacy/export">
          <input type="hidden" name="email" value={report.email} />
          <button type="submit" className={buttonClass('secondary')}>
            Download as JSON
          </button>
        </form>
        {erasable ? (
          <details className="max-w-xl rounded-lg border border-accent bg-white p-4">
            <summary className="cursor-pointer font-semibold text-accent-dark">Erase all of it…</summary>
            <p className="mt-2">
              This erases {erasable === 1 ? 'the 1 signature' : `all ${erasable} signatures`} of {report.email}: names, addresses, towns, comments and emails
              still waiting to go out. Confirmed signatures stop counting. Only a keyed hash of the address is kept, so it is never counted again. This can’t be
              undone; download the JSON first if the person asked for a copy.
            </p>
            <form action={formAction} className="mt-3">
              <input type="hidden" name="intent" value="erase" />
              <input type="hidden" name="email" value={report.email} />
              <button type="submit" disabled={pending} className={buttonClass('danger')}>
                {pending ? 'Erasing…' : `Yes, erase everything about ${report.email}`}
              </button>
            </form>
          </details>
        ) : (
          <p className="text-muted">Nothing left to erase.</p>
        )}
      </div>
    </section>
  )
}
