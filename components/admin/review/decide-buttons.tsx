import { ActionForm } from '@/components/admin/review/action-form'
import type { FormAction } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'

type Decision = 'approve' | 'reject' | 'remove'
const LABEL: Record<Decision, string> = { approve: 'Approve', reject: 'Reject', remove: 'Remove' }

/**
 * One entry's own buttons (approve / reject / remove), each deciding only that entry. Given the
 * list's bar (`formId`, the same action), they send through it, so the answer stays on screen
 * above the list when the decided entry leaves it; otherwise they are a form of their own.
 */
export function DecideButtons({
  action,
  id,
  name,
  decisions,
  formId,
}: {
  action: FormAction
  id: string
  name: string
  decisions: Decision[]
  formId?: string
}) {
  const buttons = decisions.map((d) => (
    <button
      key={d}
      type="submit"
      form={formId}
      name={formId ? 'entry' : 'decision'}
      value={formId ? `${d}:${id}` : d}
      className={buttonClass(d === 'approve' ? 'secondary' : 'danger')}
      aria-label={`${LABEL[d]} ${name}`}
    >
      {LABEL[d]}
    </button>
  ))
  if (formId) return <div className="flex shrink-0 flex-wrap gap-2">{buttons}</div>
  return (
    <ActionForm action={action} className="flex shrink-0 flex-wrap gap-2">
      <input type="hidden" name="ids[]" value={id} />
      {buttons}
    </ActionForm>
  )
}

/** The bar above a list: buttons that act on every ticked entry (checkboxes with form={formId}). */
export function TickedBar({ action, formId, buttons }: { action: FormAction; formId: string; buttons: { decision?: Decision; label: string }[] }) {
  return (
    <ActionForm action={action} id={formId} className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-line bg-white p-3">
      <span className="text-sm text-muted">Tick entries below, then:</span>
      {buttons.map((b) => (
        <button
          key={b.label}
          type="submit"
          name={b.decision ? 'decision' : undefined}
          value={b.decision}
          className={buttonClass(b.decision === 'approve' ? 'primary' : b.decision ? 'danger' : 'secondary')}
        >
          {b.label}
        </button>
      ))}
    </ActionForm>
  )
}
