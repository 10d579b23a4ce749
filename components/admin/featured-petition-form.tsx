'use client'

import { featurePetitionAction } from '@/app/admin/(area)/petitions/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'

// Which open petition stands in the sidebar of every page ("Sign the Petition"): one, or none.
export function FeaturedPetitionForm({ open, featuredId }: { open: { id: string; title: string }[]; featuredId: string | null }) {
  const { state, formAction, pending, errors } = useActionForm(featurePetitionAction)
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          id="featured-petition"
          name="id"
          label="In the sidebar of every page"
          className="min-w-64 flex-1"
          empty="None"
          options={open.map((p) => [p.id, p.title])}
          defaultValue={featuredId ?? ''}
          key={featuredId ?? 'none'}
          error={errors.id}
        />
        <button type="submit" disabled={pending} className={buttonClass('secondary')}>
          Save choice
        </button>
      </div>
      <p className="text-sm text-muted">{open.length ? 'Only open petitions can stand there.' : 'Open a petition to put it there.'}</p>
      <FormStatus state={state} />
    </form>
  )
}
