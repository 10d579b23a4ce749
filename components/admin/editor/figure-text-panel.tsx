'use client'

import type { Editor } from '@tiptap/react'
import { useState, type KeyboardEvent } from 'react'
import type { FigureAttributes } from '@/components/admin/editor/figure-node'
import { buttonClass } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'

// Edits the selected image's alt text, caption and credit in place. The inputs have no names:
// they sit inside the post form and must not be sent with it.
export function FigureTextPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const attrs = editor.getAttributes('figure') as FigureAttributes
  const [text, setText] = useState({ alt: attrs.alt ?? '', caption: attrs.caption ?? '', credit: attrs.credit ?? '' })
  const apply = () => {
    editor.chain().focus().updateAttributes('figure', { alt: text.alt.trim(), caption: text.caption.trim(), credit: text.credit.trim() }).run()
    onClose()
  }
  // Enter applies the change instead of sending the whole post form; Escape leaves it.
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      apply()
    } else if (event.key === 'Escape') onClose()
  }
  const field = (key: keyof typeof text, label: string, hint?: string) => (
    <div>
      <label htmlFor={`figure-${key}`} className="text-sm font-semibold">
        {label}
      </label>
      <input id={`figure-${key}`} value={text[key]} onChange={(e) => setText({ ...text, [key]: e.target.value })} onKeyDown={keys} className={inputClass} />
      {hint ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
    </div>
  )
  return (
    <div role="group" aria-label="Image text" className="basis-full space-y-3 rounded-md border border-line bg-white p-3">
      {field('alt', 'Description (alt text)', 'What the image shows, for people who can’t see it.')}
      <div className="grid gap-3 sm:grid-cols-2">
        {field('caption', 'Caption (optional)')}
        {field('credit', 'Credit (optional)', 'e.g. “Photo: Ana Ruiz”')}
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={apply} className={buttonClass('primary')}>
          Apply
        </button>
        <button type="button" onClick={onClose} className={buttonClass('secondary')}>
          Cancel
        </button>
      </div>
    </div>
  )
}
