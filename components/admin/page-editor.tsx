'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useState } from 'react'
import { savePageAction } from '@/app/admin/(area)/pages/actions'
import { RichTextField } from '@/components/admin/editor/rich-text-field'
import { callAction, submitKeepingFields } from '@/components/admin/call-action'
import { useTitleAndSlug, useUnsavedChangesWarning } from '@/components/admin/use-editor-fields'
import { StatusBadge } from '@/components/admin/status-badge'
import { SaveAndPreview, TitleField } from '@/components/admin/editor-parts'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import type { ActionState } from '@/lib/action-state'

// A standalone page (About, Aims, Contact, Donate): title, address, text, and whether it is in
// the site's menu. Same editor as posts; leaving with unsaved changes asks first.

export type EditablePage = {
  id: string
  title: string
  slug: string
  bodyHtml: string
  status: 'draft' | 'scheduled' | 'published'
  showInNav: boolean
  updatedAt: string
}
type Props = { page: EditablePage | null; petitions: { slug: string; title: string }[] }

export function PageEditor({ page, petitions }: Props) {
  const router = useRouter()
  const [id, setId] = useState(page?.id ?? '')
  const [base, setBase] = useState(page?.updatedAt ?? '')
  const [status, setStatus] = useState(page?.status ?? 'draft')
  const { title, slug, changeTitle, changeSlug, fixSlug } = useTitleAndSlug(page)
  const [dirty, setDirty] = useState(false)
  const [state, formAction, pending] = useActionState(async (previous: ActionState | null, data: FormData) => {
    const result = await callAction(savePageAction, previous, data)
    if (result.ok && result.id) {
      setId(result.id)
      if (result.savedAt) setBase(result.savedAt)
      if (result.data?.status === 'draft' || result.data?.status === 'published') setStatus(result.data.status)
      fixSlug(result.data?.slug)
      setDirty(false)
      if (!page) window.history.replaceState(null, '', `/admin/pages/${result.id}`)
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
        <TitleField id="page-title" value={title} error={errors.title} onChange={changeTitle} />
        <RichTextField
          id="page-body"
          heading="Text"
          label="Page text"
          initialHtml={page?.bodyHtml ?? ''}
          petitions={petitions}
          onChange={() => setDirty(true)}
          error={errors.bodyHtml}
        />
      </div>
      <aside className="space-y-5">
        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <div className="flex items-center justify-between">
            <h2 className="font-bold">Publish</h2>
            <StatusBadge status={status} />
          </div>
          <SaveAndPreview draft={status === 'draft'} pending={pending} previewHref={id ? `/preview/pages/${id}` : null} />
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
          <h2 className="font-bold">Address and menu</h2>
          <TextField
            id="page-slug"
            name="slug"
            label="Slug"
            value={slug}
            error={errors.slug}
            hint={`/${slug || 'your-title'}`}
            maxLength={120}
            onChange={(e) => changeSlug(e.target.value)}
          />
          <label className="flex min-h-9 items-center gap-3">
            <input type="checkbox" name="showInNav" defaultChecked={page?.showInNav ?? true} className="size-5 accent-accent-dark" />
            Show in the site’s menu
          </label>
        </section>
      </aside>
    </form>
  )
}
