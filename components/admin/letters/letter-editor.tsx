'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useActionState, useState } from 'react'
import { saveLetterAction } from '@/app/admin/(area)/letters/actions'
import { callAction, submitKeepingFields } from '@/components/admin/call-action'
import { TitleField } from '@/components/admin/editor-parts'
import { StatusBadge } from '@/components/admin/status-badge'
import { useTitleAndSlug, useUnsavedChangesWarning } from '@/components/admin/use-editor-fields'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import type { ActionState } from '@/lib/action-state'
import type { LetterStatus } from '@/lib/generated/prisma/enums'

// The letter action editor: who the letter goes to (the embassies of a country, chosen by
// each supporter's own country, and fixed addressees from the directory), the model letter
// with its subject, copies to the campaign, demands to pick from, and open / close.

export type EditableLetter = {
  id: string
  title: string
  slug: string
  intro: string
  subject: string
  body: string
  embassiesOf: string
  ccEmails: string
  demands: string
  addresseeIds: string[]
  status: LetterStatus
  updatedAt: string
}
type Props = {
  letter: EditableLetter | null
  states: string[]
  addressees: { id: string; label: string }[]
  defaultCc: string
}

const MODEL = `Your Excellency,

I am writing to protest against …

{demands}

Yours sincerely,
{name}
{organisation}
{town}`

export function LetterEditor({ letter, states, addressees, defaultCc }: Props) {
  const router = useRouter()
  const [id, setId] = useState(letter?.id ?? '')
  const [base, setBase] = useState(letter?.updatedAt ?? '')
  const [status, setStatus] = useState<LetterStatus>(letter?.status ?? 'draft')
  const [dirty, setDirty] = useState(false)
  const { title, slug, changeTitle, changeSlug, fixSlug } = useTitleAndSlug(letter)
  const [state, formAction, pending] = useActionState(async (previous: ActionState | null, data: FormData) => {
    const result = await callAction(saveLetterAction, previous, data)
    if (result.ok && result.id) {
      setId(result.id)
      if (result.savedAt) setBase(result.savedAt)
      const saved = result.data?.status
      if (saved === 'draft' || saved === 'open' || saved === 'closed') setStatus(saved)
      fixSlug(result.data?.slug)
      setDirty(false)
      if (!letter) window.history.replaceState(null, '', `/admin/letters/${result.id}`)
      else router.refresh()
    }
    return result
  }, null)
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {}
  useUnsavedChangesWarning(dirty)
  const chosen = new Set(letter?.addresseeIds ?? [])

  return (
    <form onSubmit={submitKeepingFields(formAction)} onInput={() => setDirty(true)} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseUpdatedAt" value={base} />
      <div className="min-w-0 space-y-5">
        <FormStatus state={state} />
        <TitleField id="letter-title" value={title} error={errors.title} onChange={changeTitle} large />
        <TextAreaField
          id="letter-intro"
          name="intro"
          label="Introduction"
          optional
          maxLength={1000}
          defaultValue={letter?.intro ?? ''}
          error={errors.intro}
          hint="One or two sentences above the letter: why write, and to whom."
        />
        <fieldset className="space-y-4 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 font-semibold">Who it goes to</legend>
          <SelectField
            id="letter-embassies-of"
            name="embassiesOf"
            label="The embassy of this state in the supporter’s country"
            empty="None"
            options={[...new Set([...states, ...(letter?.embassiesOf ? [letter.embassiesOf] : [])])].map((s) => [s, `Embassies of ${s}`] as const)}
            defaultValue={letter?.embassiesOf ?? ''}
            error={errors.embassiesOf}
            hint="Each supporter picks the country they live in and writes to this state’s embassy there. The states listed are those the directory has embassies of."
          />
          <div>
            <p className="font-semibold">Addressees from the directory</p>
            {addressees.length ? (
              <div className="mt-1 max-h-64 space-y-1 overflow-y-auto rounded-md border border-line p-2">
                {addressees.map((a) => (
                  <label key={a.id} className="flex min-h-9 items-start gap-3">
                    <input
                      type="checkbox"
                      name="addresseeIds[]"
                      value={a.id}
                      defaultChecked={chosen.has(a.id)}
                      className="mt-1 size-5 shrink-0 accent-accent-dark"
                    />
                    <span>{a.label}</span>
                  </label>
                ))}
              </div>
            ) : (
              <p className="text-sm text-muted">The directory has no ministries or companies yet.</p>
            )}
            {errors.addresseeIds ? <p className="mt-1 text-sm font-medium text-accent-dark">{errors.addresseeIds}</p> : null}
            <p className="mt-1 text-sm text-muted">
              Every supporter’s letter goes to these too.{' '}
              <Link href="/admin/letters/directory" className="underline">
                Edit the directory
              </Link>
            </p>
          </div>
          <TextAreaField
            id="letter-cc"
            name="ccEmails"
            label="Copies to"
            optional
            rows={2}
            defaultValue={letter?.ccEmails ?? defaultCc}
            error={errors.ccEmails}
            hint="The campaign’s address, so it learns who wrote. One address per line, at most 5."
          />
        </fieldset>
        <TextField id="letter-subject" name="subject" label="Subject" maxLength={200} defaultValue={letter?.subject ?? ''} error={errors.subject} />
        <TextAreaField
          id="letter-body"
          name="body"
          label="Model letter"
          rows={16}
          maxLength={10000}
          defaultValue={letter?.body ?? MODEL}
          error={errors.body}
          className="[&_textarea]:font-serif"
          hint="Plain text. {name}, {town} and {organisation} are filled in from what the supporter types; {demands} is where the demands they tick go (a line left empty disappears)."
        />
        <TextAreaField
          id="letter-demands"
          name="demands"
          label="Demands to pick from"
          optional
          rows={4}
          defaultValue={letter?.demands ?? ''}
          error={errors.demands}
          hint="One per line, at most 12. Supporters tick the ones they want in their letter."
        />
      </div>
      <aside className="space-y-5">
        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 className="flex items-center justify-between font-bold">
            Status <StatusBadge status={status} />
          </h2>
          <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass(status === 'draft' ? 'secondary' : 'primary', 'w-full')}>
            {status === 'draft' ? 'Save draft' : 'Update'}
          </button>
          {status === 'draft' ? (
            <button type="submit" name="intent" value="open" disabled={pending} className={buttonClass('primary', 'w-full')}>
              Open: put it on the site
            </button>
          ) : null}
          {status === 'open' ? (
            <button type="submit" name="intent" value="close" disabled={pending} className={buttonClass('danger', 'w-full')}>
              Close
            </button>
          ) : null}
          {status === 'closed' ? (
            <button type="submit" name="intent" value="reopen" disabled={pending} className={buttonClass('secondary', 'w-full')}>
              Reopen
            </button>
          ) : null}
          {status !== 'draft' ? (
            <p className="text-sm">
              On the site at{' '}
              <a href={`/letters/${slug}`} className="underline">
                /letters/{slug}
              </a>
              . To put it inside a post, write <code>[letter {slug}]</code> as a paragraph of its own.
            </p>
          ) : null}
        </section>
        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 className="font-bold">Address</h2>
          <TextField
            id="letter-slug"
            name="slug"
            label="Slug"
            value={slug}
            error={errors.slug}
            hint={`/letters/${slug || 'your-title'}`}
            maxLength={120}
            onChange={(e) => changeSlug(e.target.value)}
          />
        </section>
      </aside>
    </form>
  )
}
