'use client'

import { RichTextEditor, type RichTextEditorProps } from '@/components/admin/editor/rich-text-editor'
import { FieldMessages } from '@/components/ui/text-field'

// The rich-text editor as a labelled form field with its error, wired like components/ui fields.
// Posts, pages and updates to signers all write their text in it.

type Props = Omit<RichTextEditorProps, 'invalid' | 'describedBy'> & { id: string; label?: string; error?: string }

export function RichTextField({ id, label = 'Text', error, ...editor }: Props) {
  return (
    <div>
      <span id={`${id}-label`} className="font-semibold">
        {label}
      </span>
      <div className="mt-1">
        <RichTextEditor {...editor} invalid={Boolean(error)} describedBy={error ? `${id}-error` : undefined} />
      </div>
      <FieldMessages id={id} error={error} />
    </div>
  )
}
