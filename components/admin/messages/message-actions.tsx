'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import type { FormAction } from '@/components/admin/use-action-form'

type Props = {
  id: string
  handled: boolean
  held: boolean
  contactEmail: string
  actions: { markHandled: FormAction; forward: FormAction; remove: FormAction; publish: FormAction }
  /** Posts a message of solidarity may go under; empty when the sender did not agree to publication. */
  posts: { id: string; title: string }[]
}

// What a moderator can do with one message: answered / not yet, forward a held one, delete.
export function MessageActions({ id, handled, held, contactEmail, actions, posts }: Props) {
  const [handledState, markHandled, marking] = useActionState(actions.markHandled, null)
  const [forwardState, forward, forwarding] = useActionState(actions.forward, null)
  const [removeState, remove, removing] = useActionState(actions.remove, null)
  const [publishState, publish, publishing] = useActionState(actions.publish, null)

  if (removeState?.ok) {
    return (
      <div role="status" className="rounded-lg border border-line bg-white p-4">
        <p>{removeState.message}</p>
        <Link href="/admin/messages" className="underline">
          Back to the messages
        </Link>
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-3">
        <form action={markHandled}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="handled" value={handled ? 'no' : 'yes'} />
          <button type="submit" disabled={marking} className={buttonClass(handled ? 'secondary' : 'primary')}>
            {handled ? 'Not answered yet' : 'Mark as answered'}
          </button>
        </form>
        {held ? (
          <form action={forward}>
            <input type="hidden" name="id" value={id} />
            <button type="submit" disabled={forwarding} className={buttonClass('secondary')}>
              Genuine: forward to {contactEmail}
            </button>
          </form>
        ) : null}
      </div>
      <FormStatus state={handledState} />
      <FormStatus state={forwardState} />
      {posts.length > 0 && !held ? (
        <form action={publish} className="max-w-xl space-y-3 rounded-lg border border-line bg-white p-4">
          <input type="hidden" name="id" value={id} />
          <SelectField
            id="publish-post"
            name="postId"
            label="Publish it under a post"
            hint="Shown with the sender’s name, never their address, among the messages of solidarity under that post."
            empty="Choose a post"
            options={posts.map((p) => [p.id, p.title])}
            error={publishState && !publishState.ok ? publishState.fieldErrors?.postId : undefined}
          />
          <FormStatus state={publishState} />
          <button type="submit" disabled={publishing} className={buttonClass('secondary')}>
            Publish under this post
          </button>
        </form>
      ) : null}
      <details className="max-w-xl rounded-lg border border-accent/40 bg-white p-4">
        <summary className="cursor-pointer font-semibold text-accent-dark">Delete this message</summary>
        <form action={remove} className="mt-3 space-y-3">
          <input type="hidden" name="id" value={id} />
          <p>The message is removed from the admin area for good. A copy already forwarded to the campaign’s mailbox stays there.</p>
          <FormStatus state={removeState} />
          <button type="submit" disabled={removing} className={buttonClass('danger')}>
            Yes, delete it
          </button>
        </form>
      </details>
    </div>
  )
}
