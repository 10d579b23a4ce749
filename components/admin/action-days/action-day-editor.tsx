'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useState } from 'react'
import { saveActionDayAction } from '@/app/admin/(area)/days-of-action/actions'
import { RichTextField } from '@/components/admin/editor/rich-text-field'
import { callAction, submitKeepingFields } from '@/components/admin/call-action'
import { useTitleAndSlug, useUnsavedChangesWarning } from '@/components/admin/use-editor-fields'
import { StatusBadge } from '@/components/admin/status-badge'
import { SaveAndPreview, TitleField } from '@/components/admin/editor-parts'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import type { ActionState } from '@/lib/action-state'

// A day of action: title, address, date and the call, written in the post editor's rich text.
// Publishing puts it on the site with the form where organisers register protests.

export type EditableDay = {
  id: string
  title: string
  slug: string
  date: string
  callHtml: string
  status: 'draft' | 'scheduled' | 'published'
  updatedAt: string
}
type Props = { day: EditableDay | null; petitions: { slug: string; title: string }[] }

export function ActionDayEditor({ day, petitions }: Props) {
  const router = useRouter()
  const [id, setId] = useState(day?.id ?? '')
  const [base, setBase] = useState(day?.updatedAt ?? '')
  const [status, setStatus] = useState(day?.status ?? 'draft')
  const { title, slug, changeTitle, changeSlug, fixSlug } = useTitleAndSlug(day)
  const [dirty, setDirty] = useState(false)
  const [state, formAction, pending] = useActionState(async (previous: ActionState | null, data: FormData) => {
    const result = await callAction(saveActionDayAction, previous, data)
    if (result.ok && result.id) {
      setId(result.id)
      if (result.savedAt) setBase(result.savedAt)
      if (result.data?.status === 'draft' || result.data?.status === 'published') setStatus(result.data.status)
      fixSlug(result.data?.slug)
      setDirty(false)
      if (!day) router.replace(`/admin/days-of-action/${result.id}`)
      else router.refresh()
    }
    return result
  }, null)
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {}
  useUnsavedChangesWarning(dirty)

  return (
    <form onSubmit={submitKeepingFields(formAction)} onInput={() => setDirty(true)} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseUpdatedAt" value={base} />
      <div className="min-w-0 space-y-5">
        <FormStatus state={state} />
        <TitleField id="day-title" value={title} error={errors.title} onChange={changeTitle} />
        <RichTextField
          id="day-call"
          heading="The call"
          label="Call to action"
          name="callHtml"
          initialHtml={day?.callHtml ?? ''}
          petitions={petitions}
          onChange={() => setDirty(true)}
          error={errors.callHtml}
        />
      </div>
      <aside className="space-y-5">
        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <div className="flex items-center justify-between">
            <h2 className="font-bold">Publish</h2>
            <StatusBadge status={status} />
          </div>
          <SaveAndPreview draft={status === 'draft'} pending={pending} previewHref={null} />
          {status === 'draft' ? (
            <button type="submit" name="intent" value="publish" disabled={pending} className={buttonClass('primary', 'w-full')}>
              Publish now
            </button>
          ) : (
            <button type="submit" name="intent" value="unpublish" disabled={pending} className={buttonClass('danger', 'w-full')}>
              Unpublish (back to draft)
            </button>
          )}
        </section>
        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 className="font-bold">Date and address</h2>
          <TextField id="day-date" name="date" type="date" label="Date" defaultValue={day?.date ?? ''} error={errors.date} required />
          <TextField
            id="day-slug"
            name="slug"
            label="Slug"
            value={slug}
            error={errors.slug}
            hint={`/days-of-action/${slug || 'your-title'}`}
            maxLength={120}
            onChange={(e) => changeSlug(e.target.value)}
          />
        </section>
      </aside>
    </form>
  )
}
