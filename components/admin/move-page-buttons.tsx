'use client'

import { movePageAction } from '@/app/admin/(area)/pages/actions'
import { useActionForm } from '@/components/admin/use-action-form'

// Up and down arrows that change a page's place in the site's menu.
export function MovePageButtons({ id, title, first, last }: { id: string; title: string; first: boolean; last: boolean }) {
  const { state, formAction, pending } = useActionForm(movePageAction)
  return (
    <form action={formAction} className="flex items-center gap-1">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        name="direction"
        value="up"
        disabled={pending || first}
        aria-label={`Move “${title}” up`}
        className="min-h-9 min-w-9 rounded border border-gray-300 bg-white font-bold disabled:opacity-40"
      >
        ↑
      </button>
      <button
        type="submit"
        name="direction"
        value="down"
        disabled={pending || last}
        aria-label={`Move “${title}” down`}
        className="min-h-9 min-w-9 rounded border border-gray-300 bg-white font-bold disabled:opacity-40"
      >
        ↓
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-accent-dark">
          {state.message}
        </span>
      ) : null}
    </form>
  )
}
