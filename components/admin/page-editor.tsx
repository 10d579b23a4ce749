'use client'

import { savePageAction } from '@/app/admin/(area)/pages/actions'
import { DraftPublishForm } from '@/components/admin/draft-publish-form'
import { useDraftPublishEditor } from '@/components/admin/use-editor-fields'
import { TextField } from '@/components/ui/text-field'

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
  const editor = useDraftPublishEditor(savePageAction, page, '/admin/pages')
  const { id, slug, changeSlug, errors } = editor
  return (
    <DraftPublishForm
      editor={editor}
      idPrefix="page"
      text={{ heading: 'Text', label: 'Page text', name: 'bodyHtml', initialHtml: page?.bodyHtml ?? '' }}
      petitions={petitions}
      previewHref={id ? `/preview/pages/${id}` : null}
      aside={
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
      }
    />
  )
}
