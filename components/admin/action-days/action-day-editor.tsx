'use client'

import { saveActionDayAction } from '@/app/admin/(area)/days-of-action/actions'
import { DraftPublishForm } from '@/components/admin/draft-publish-form'
import { useDraftPublishEditor } from '@/components/admin/use-editor-fields'
import { TextField } from '@/components/ui/text-field'

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
  const editor = useDraftPublishEditor(saveActionDayAction, day, '/admin/days-of-action')
  const { slug, changeSlug, errors } = editor
  return (
    <DraftPublishForm
      editor={editor}
      idPrefix="day"
      text={{ heading: 'The call', label: 'Call to action', name: 'callHtml', initialHtml: day?.callHtml ?? '' }}
      petitions={petitions}
      previewHref={null}
      aside={
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
      }
    />
  )
}
