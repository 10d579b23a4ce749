'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useRef } from 'react'
import { deleteCategoryAction, saveCategoryAction } from '@/app/admin/(area)/categories/actions'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'

type Category = { id: string; name: string; slug: string; description: string; postCount: number }

// One category's form (or the form for a new one when `category` is null).
export function CategoryForm({ category }: { category: Category | null }) {
  const [state, action, pending] = useActionState(saveCategoryAction, null)
  const [deleteState, deleteAction, deleting] = useActionState(deleteCategoryAction, null)
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {}
  const key = category?.id ?? 'new'
  const router = useRouter()
  const formRef = useRef<HTMLFormElement>(null)
  // The list below is rendered by the server: refresh it after a change.
  useEffect(() => {
    if (!state?.ok && !deleteState?.ok) return
    if (!category && state?.ok) formRef.current?.reset()
    router.refresh()
  }, [state, deleteState, category, router])
  return (
    <div className="rounded-lg border border-line bg-white p-4">
      <form ref={formRef} action={action} className="space-y-3">
        {category ? <input type="hidden" name="id" value={category.id} /> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={`cat-${key}-name`} name="name" label="Name" defaultValue={category?.name} error={errors.name} required maxLength={60} />
          <TextField
            id={`cat-${key}-slug`}
            name="slug"
            label="Slug"
            optional
            defaultValue={category?.slug}
            error={errors.slug}
            hint={category ? `/category/${category.slug}` : 'Made from the name if left empty.'}
          />
        </div>
        <TextField
          id={`cat-${key}-description`}
          name="description"
          label="Description"
          optional
          defaultValue={category?.description}
          error={errors.description}
          maxLength={500}
        />
        <FormStatus state={state} />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className={buttonClass(category ? 'secondary' : 'primary')}>
            {category ? 'Save' : 'Add category'}
          </button>
          {category ? (
            <span className="text-sm text-muted">
              {category.postCount} post{category.postCount === 1 ? '' : 's'}
            </span>
          ) : null}
        </div>
      </form>
      {category ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-accent-dark">Delete “{category.name}”</summary>
          <form action={deleteAction} className="mt-2 space-y-2">
            <input type="hidden" name="id" value={category.id} />
            <p className="text-sm">Its posts keep their other categories; posts with no other one move to the first category.</p>
            <FormStatus state={deleteState} />
            <button type="submit" disabled={deleting} className={buttonClass('danger')}>
              Yes, delete it
            </button>
          </form>
        </details>
      ) : null}
    </div>
  )
}
