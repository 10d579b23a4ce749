'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useState } from 'react'
import { savePetitionAction } from '@/app/admin/(area)/petitions/actions'
import { RichTextField } from '@/components/admin/editor/rich-text-field'
import { callAction, submitKeepingFields } from '@/components/admin/call-action'
import { FeaturedImageField } from '@/components/admin/featured-image-field'
import { PetitionStatusPanel } from '@/components/admin/petition-status-panel'
import { useTitleAndSlug, useUnsavedChangesWarning } from '@/components/admin/use-editor-fields'
import { TitleField } from '@/components/admin/editor-parts'
import { FormStatus } from '@/components/ui/form-status'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import type { ActionState } from '@/lib/action-state'
import type { PetitionStatus } from '@/lib/generated/prisma/enums'
import { GOAL_MAX } from '@/lib/validation/petition'
import { paths } from '@/lib/paths'

// The petition editor: what readers sign (title, summary, text in the posts' editor, addressee,
// goal, last day, image) and what happens to it (open, close, reopen, mark delivered). A save
// based on an older version is refused by the server and the editor is told whose change won.

export type EditablePetition = {
  id: string
  title: string
  slug: string
  summary: string
  bodyHtml: string
  target: string
  goal: number
  goalPinned: boolean
  /** The last day, YYYY-MM-DD, or empty. */
  deadline: string
  status: PetitionStatus
  featured: boolean
  deliveredOn: string
  deliveryNote: string
  imageUrl: string
  imageAlt: string
  returnAddress: string
  updatedAt: string
}

/** `returnFallback`: what the sheet says when the return address is left empty (from the server's settings). */
export function PetitionEditor({ petition, returnFallback }: { petition: EditablePetition | null; returnFallback: string }) {
  const router = useRouter()
  const [id, setId] = useState(petition?.id ?? '')
  const [base, setBase] = useState(petition?.updatedAt ?? '')
  const [status, setStatus] = useState<PetitionStatus>(petition?.status ?? 'draft')
  const [dirty, setDirty] = useState(false)
  const { title, slug, changeTitle, changeSlug, fixSlug } = useTitleAndSlug(petition)
  const [state, formAction, pending] = useActionState(async (previous: ActionState | null, data: FormData) => {
    const result = await callAction(savePetitionAction, previous, data)
    if (result.ok && result.id) {
      setId(result.id)
      if (result.savedAt) setBase(result.savedAt)
      const saved = result.data?.status
      if (saved === 'draft' || saved === 'open' || saved === 'closed' || saved === 'delivered') setStatus(saved)
      fixSlug(result.data?.slug)
      setDirty(false)
      if (!petition) window.history.replaceState(null, '', paths.adminPetition(result.id))
      else router.refresh()
    }
    return result
  }, null)
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {}
  const markDirty = () => setDirty(true)
  useUnsavedChangesWarning(dirty)

  return (
    <form onSubmit={submitKeepingFields(formAction)} onInput={markDirty} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseUpdatedAt" value={base} />
      <div className="min-w-0 space-y-5">
        <FormStatus state={state} />
        <TitleField id="petition-title" value={title} error={errors.title} onChange={changeTitle} large />
        <TextAreaField
          id="petition-summary"
          name="summary"
          label="Summary"
          maxLength={600}
          defaultValue={petition?.summary ?? ''}
          error={errors.summary}
          hint="One or two sentences under the title, in lists and when the petition is shared."
        />
        <RichTextField
          id="petition-body"
          heading="What the petition asks"
          label="Petition text"
          initialHtml={petition?.bodyHtml ?? ''}
          petitions={[]}
          onChange={markDirty}
          error={errors.bodyHtml}
        />
        <TextField
          id="petition-target"
          name="target"
          label="Addressed to"
          defaultValue={petition?.target ?? ''}
          error={errors.target}
          maxLength={300}
          hint="Who the signatures are delivered to, e.g. “The Minister of Justice of Kardania”."
        />
        <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">Goal and last day</legend>
          <div>
            <TextField
              id="petition-goal"
              name="goal"
              label="Goal (signatures)"
              type="number"
              inputMode="numeric"
              min={1}
              max={GOAL_MAX}
              defaultValue={petition?.goal ?? 1000}
              error={errors.goal}
            />
            <label className="mt-2 flex min-h-9 items-center gap-3">
              <input type="checkbox" name="goalPinned" defaultChecked={petition?.goalPinned ?? false} className="size-5 accent-accent-dark" />
              Keep this goal once it is reached
            </label>
            <p className="text-sm text-muted">Unticked, the goal shown steps up when it is reached (1,000 → 2,500 → 5,000 …).</p>
          </div>
          <TextField
            id="petition-deadline"
            name="deadline"
            label="Last day to sign"
            type="date"
            optional
            defaultValue={petition?.deadline ?? ''}
            error={errors.deadline}
            hint="It closes by itself at the end of that day (UTC). Empty: open until you close it."
          />
        </fieldset>
        <TextAreaField
          id="petition-return-address"
          name="returnAddress"
          label="Return address for printed sheets"
          optional
          rows={3}
          maxLength={500}
          defaultValue={petition?.returnAddress ?? ''}
          error={errors.returnAddress}
          hint={`Printed on the sheet: where people post the signed sheets. Empty: ${returnFallback}.`}
        />
      </div>

      <aside className="space-y-5">
        <PetitionStatusPanel id={id} status={status} featured={petition?.featured ?? false} petition={petition} pending={pending} errors={errors} />
        <FeaturedImageField
          idPrefix="petition"
          image={petition?.imageUrl ? { url: petition.imageUrl, alt: petition.imageAlt } : null}
          heading="Image"
          emptyHint="None. An image shows at the top of the petition and when it is shared."
          errors={errors}
          onChange={markDirty}
        />
        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 className="font-bold">Address</h2>
          <TextField
            id="petition-slug"
            name="slug"
            label="Slug"
            value={slug}
            error={errors.slug}
            hint={`${paths.petition(slug || 'your-title')}${status !== 'draft' ? ' · changing it breaks links already shared' : ''}`}
            maxLength={120}
            onChange={(e) => changeSlug(e.target.value)}
          />
        </section>
      </aside>
    </form>
  )
}
