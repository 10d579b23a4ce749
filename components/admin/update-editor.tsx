'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useState } from 'react'
import { saveUpdateAction } from '@/app/admin/(area)/updates/actions'
import { RichTextField } from '@/components/admin/editor/rich-text-field'
import { callAction, submitKeepingFields } from '@/components/admin/call-action'
import { useUnsavedChangesWarning } from '@/components/admin/use-editor-fields'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import { TextField } from '@/components/ui/text-field'
import type { ActionState } from '@/lib/action-state'
import { SUBJECT_MAX } from '@/lib/validation/update'

// An update to a petition's signers while it is a draft: which petition, the subject line, and
// the text, in the same editor as posts. Saving keeps it a draft; sending happens on its page.

export type EditableUpdate = { id: string; petitionId: string; subject: string; bodyHtml: string }
type Props = { update: EditableUpdate | null; petitions: { id: string; title: string; recipients: number }[] }

export function UpdateEditor({ update, petitions }: Props) {
  const router = useRouter()
  const [dirty, setDirty] = useState(false)
  const [state, formAction, pending] = useActionState(async (previous: ActionState | null, data: FormData) => {
    const result = await callAction(saveUpdateAction, previous, data)
    if (result.ok) {
      setDirty(false)
      if (!update && result.id) router.push(`/admin/updates/${result.id}`)
      else router.refresh()
    }
    return result
  }, null)
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {}
  useUnsavedChangesWarning(dirty)

  return (
    <form onSubmit={submitKeepingFields(formAction)} onInput={() => setDirty(true)} noValidate className="space-y-5">
      <input type="hidden" name="id" value={update?.id ?? ''} />
      <FormStatus state={state} />
      <SelectField
        id="update-petition"
        name="petitionId"
        label="Petition"
        empty="Choose a petition"
        defaultValue={update?.petitionId ?? ''}
        error={errors.petitionId}
        hint="The update goes to this petition’s signers who confirmed and asked to be kept informed, and appears on its page as news."
        options={petitions.map((p) => [p.id, `${p.title} (${p.recipients.toLocaleString('en')} to inform)`])}
      />
      <TextField
        id="update-subject"
        name="subject"
        label="Subject"
        defaultValue={update?.subject ?? ''}
        error={errors.subject}
        hint="The email’s subject line and the news item’s heading."
        required
        maxLength={SUBJECT_MAX}
      />
      <RichTextField
        id="update-body"
        heading="Text"
        label="Update text"
        initialHtml={update?.bodyHtml ?? ''}
        petitions={[]}
        onChange={() => setDirty(true)}
        error={errors.bodyHtml}
      />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {update ? 'Save changes' : 'Save draft'}
      </button>
    </form>
  )
}
