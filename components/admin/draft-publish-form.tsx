'use client'

import type { ReactNode } from 'react'
import { submitKeepingFields } from '@/components/admin/call-action'
import { PublishPanel, TitleField } from '@/components/admin/editor-parts'
import { RichTextField } from '@/components/admin/editor/rich-text-field'
import type { useDraftPublishEditor } from '@/components/admin/use-editor-fields'
import { FormStatus } from '@/components/ui/form-status'

// The frame of the page-like editors (standalone pages, days of action): title and rich text on
// the left; the Publish box and the item's own settings (`aside`) on the right.

type Props = {
  editor: ReturnType<typeof useDraftPublishEditor>
  idPrefix: string
  text: { heading: string; label: string; name: string; initialHtml: string }
  petitions: { slug: string; title: string }[]
  previewHref: string | null
  aside: ReactNode
}

export function DraftPublishForm({ editor, idPrefix, text, petitions, previewHref, aside }: Props) {
  const { id, base, status, title, changeTitle, state, formAction, pending, errors, setDirty } = editor
  return (
    <form onSubmit={submitKeepingFields(formAction)} onInput={() => setDirty(true)} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseUpdatedAt" value={base} />
      <div className="min-w-0 space-y-5">
        <FormStatus state={state} />
        <TitleField id={`${idPrefix}-title`} value={title} error={errors.title} onChange={changeTitle} />
        <RichTextField
          id={`${idPrefix}-body`}
          heading={text.heading}
          label={text.label}
          name={text.name}
          initialHtml={text.initialHtml}
          petitions={petitions}
          onChange={() => setDirty(true)}
          error={errors[text.name]}
        />
      </div>
      <aside className="space-y-5">
        <PublishPanel status={status} pending={pending} previewHref={previewHref} />
        {aside}
      </aside>
    </form>
  )
}
