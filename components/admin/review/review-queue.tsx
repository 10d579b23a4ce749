import type { ReactNode } from 'react'
import { DecideButtons, TickedBar } from '@/components/admin/review/decide-buttons'
import type { FormAction } from '@/components/admin/use-action-form'
import { counted } from '@/lib/format'

type Props<Row> = {
  action: FormAction
  formId: string
  /** The list of what is shown already (remove only), or of what waits (approve or reject). */
  shown: boolean
  noun: [string, string]
  rows: Row[]
  idOf: (row: Row) => string
  nameOf: (row: Row) => string
  children: (row: Row) => ReactNode
}

// A moderation queue of entries people leave (solidarity messages, letter senders' names): how
// many, the bar acting on ticked entries, and each entry with its tick box and its own buttons.
export function ReviewQueue<Row>({ action, formId, shown, noun, rows, idOf, nameOf, children }: Props<Row>) {
  return (
    <>
      <p className="text-sm text-muted" role="status">
        {rows.length === 0 ? 'Nothing here.' : `${counted(rows.length, ...noun)}, newest first.`}
      </p>
      {/* Kept when the list empties: the answer to the last decision shows in it. */}
      <TickedBar
        action={action}
        formId={formId}
        buttons={
          shown
            ? [{ decision: 'remove', label: 'Remove ticked' }]
            : [
                { decision: 'approve', label: 'Approve ticked' },
                { decision: 'reject', label: 'Reject ticked' },
              ]
        }
      />
      {rows.length ? (
        <>
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {rows.map((row) => (
              <li key={idOf(row)} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start">
                <input
                  type="checkbox"
                  name="ids[]"
                  value={idOf(row)}
                  form={formId}
                  aria-label={`Tick ${nameOf(row)}`}
                  className="mt-1 size-5 shrink-0 accent-accent-dark"
                />
                <div className="min-w-0 flex-1 space-y-1">{children(row)}</div>
                <DecideButtons action={action} formId={formId} id={idOf(row)} name={nameOf(row)} decisions={shown ? ['remove'] : ['approve', 'reject']} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
