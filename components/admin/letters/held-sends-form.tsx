'use client'

import { useActionState } from 'react'
import { releaseHeldSendsAction } from '@/app/admin/(area)/letters/actions'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'

// "I sent it" presses held by the signing rules (a burst from one address, no proof-of-work
// because JavaScript was off): a moderator who judges them genuine puts them on the count.
export function HeldSendsForm({ id, held }: { id: string; held: number }) {
  const [state, action, pending] = useActionState(releaseHeldSendsAction, null)
  return (
    <form action={action} className="max-w-xl space-y-3 rounded-lg border border-line bg-white p-4">
      <input type="hidden" name="id" value={id} />
      <h2 className="font-bold">Held presses</h2>
      <p>
        {held.toLocaleString('en')} “I sent it” {held === 1 ? 'press was' : 'presses were'} held: sent without JavaScript (no proof-of-work) or in a burst from
        one address. They don’t count until you release them.
      </p>
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass('secondary')}>
        Count them
      </button>
    </form>
  )
}
