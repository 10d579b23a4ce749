'use client'

import { useState } from 'react'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX, type MediaJson } from '@/lib/media/schemas'
import { updateMedia } from './actions'

// Alt text, caption and credit of one image, folded away once the image has a description.
// Open/closed and the fields are the component's own state, so saving (which refreshes the
// page) neither folds the form under the editor's hands nor puts back the old text.
export function MediaDetailsForm({ media }: { media: MediaJson }) {
  const { state, formAction: action, pending } = useActionForm(updateMedia, { keepOnSuccess: true })
  const [open, setOpen] = useState(!media.alt)
  const [text, setText] = useState({ alt: media.alt, caption: media.caption, credit: media.credit })
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {}
  const field = (name: keyof typeof text) => ({
    id: `media-${media.id}-${name}`,
    name,
    value: text[name],
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setText({ ...text, [name]: e.target.value }),
  })
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold text-accent-dark">Description, caption and credit</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="id" value={media.id} />
        <TextField
          {...field('alt')}
          label="Description (alt text)"
          maxLength={ALT_MAX}
          hint="What the image shows, for people who can’t see it: “Workers with placards outside the court”."
        />
        <TextField {...field('caption')} label="Caption" optional maxLength={CAPTION_MAX} />
        <TextField {...field('credit')} label="Credit" optional maxLength={CREDIT_MAX} hint="Photographer or source, e.g. “Photo: Ana Petrova”." />
        <FormStatus state={state} />
        <button type="submit" disabled={pending} className={buttonClass('primary')}>
          {pending ? 'Saving…' : 'Save details'}
        </button>
      </form>
    </details>
  )
}
