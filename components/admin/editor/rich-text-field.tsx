'use client'

import { RichTextEditor } from '@/components/admin/editor/rich-text-editor'
import { FieldMessages } from '@/components/ui/text-field'

// The rich-text editor as a form field of the post, page and petition editors: a heading, the
// editor, and the field's error wired to it.
type Props = {
  id: string
  heading: string
  label: string
  initialHtml: string
  petitions: { slug: string; title: string }[]
  onChange: () => void
  error?: string
  /** The form field's name (bodyHtml unless said). */
  name?: string
}

export function RichTextField({ id, heading, label, initialHtml, petitions, onChange, error, name = 'bodyHtml' }: Props) {
  return (
    <div>
      <span className="font-semibold">{heading}</span>
      <div className="mt-1">
        <RichTextEditor
          name={name}
          label={label}
          initialHtml={initialHtml}
          petitions={petitions}
          onChange={onChange}
          invalid={Boolean(error)}
          describedBy={error ? `${id}-error` : undefined}
        />
      </div>
      <FieldMessages id={id} error={error} />
    </div>
  )
}
