'use client'

import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { deleteMedia } from './actions'

// Deleting takes two deliberate steps: open the box, then confirm with the name in view. An
// image still used by a post is refused, and the answer names the posts.
export function DeleteMediaForm({ id, name }: { id: string; name: string }) {
  const { state, formAction: action, pending } = useActionForm(deleteMedia)
  const short = name.length > 30 ? `${name.slice(0, 30)}…` : name
  return (
    <details className="rounded-md border border-accent/40 p-3">
      <summary className="cursor-pointer font-semibold text-accent-dark">Delete this image</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm">The image and all its sizes will be removed for good. Images used in a post can’t be deleted.</p>
        <FormStatus state={state} />
        <button type="submit" disabled={pending} className={buttonClass('danger', 'w-full break-all')}>
          {pending ? 'Deleting…' : `Yes, delete “${short}”`}
        </button>
      </form>
    </details>
  )
}
