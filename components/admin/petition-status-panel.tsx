import { StatusBadge } from '@/components/admin/status-badge'
import { SaveAndPreview } from '@/components/admin/editor-parts'
import { buttonClass } from '@/components/ui/button'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import type { PetitionStatus } from '@/lib/generated/prisma/enums'
import { paths } from '@/lib/paths'

// The petition editor's side panel: save, preview, and the step that fits the petition's state
// (open it, close it, reopen it, mark it delivered). Every button submits the whole form, so a
// text change and a state change are saved together.

type Props = {
  id: string
  status: PetitionStatus
  featured: boolean
  petition: { slug: string; deliveredOn: string; deliveryNote: string } | null
  pending: boolean
  errors: Record<string, string>
}

const today = () => new Date().toISOString().slice(0, 10)

export function PetitionStatusPanel({ id, status, featured, petition, pending, errors }: Props) {
  return (
    <section className="space-y-3 rounded-lg border border-line bg-white p-4">
      <div className="flex items-center justify-between">
        <h2 className="font-bold">Status</h2>
        <StatusBadge status={status} />
      </div>
      <p className="text-sm text-muted">
        {status === 'draft' ? 'Only editors see a draft. Open it to put it on the site and take signatures.' : null}
        {status === 'open' ? `On the site, taking signatures.${featured ? ' It stands in the sidebar of every page.' : ''}` : null}
        {status === 'closed' ? 'On the site, no longer taking signatures.' : null}
        {status === 'delivered' ? 'On the site as delivered, no longer taking signatures.' : null}
      </p>
      <SaveAndPreview draft={status === 'draft'} pending={pending} previewHref={id ? paths.previewPetition(id) : null} />
      {status === 'draft' ? (
        <button type="submit" name="intent" value="open" disabled={pending} className={buttonClass('primary', 'w-full')}>
          Open for signatures
        </button>
      ) : null}
      {status === 'open' ? (
        <button type="submit" name="intent" value="close" disabled={pending} className={buttonClass('danger', 'w-full')}>
          Close the petition
        </button>
      ) : null}
      {status === 'closed' || status === 'delivered' ? (
        <button type="submit" name="intent" value="reopen" disabled={pending} className={buttonClass('secondary', 'w-full')}>
          Reopen for signatures
        </button>
      ) : null}
      {status !== 'draft' && petition ? (
        <a href={paths.petition(petition.slug)} className="block text-sm underline">
          View on the site
        </a>
      ) : null}
      {status !== 'draft' ? (
        <details className="rounded-md border border-line p-3" open={Boolean(errors.deliveredOn || errors.deliveryNote) || status === 'delivered'}>
          <summary className="cursor-pointer font-semibold">{status === 'delivered' ? 'Delivery' : 'Mark delivered'}</summary>
          <TextField
            id="petition-delivered-on"
            name="deliveredOn"
            label="Delivered on"
            type="date"
            max={today()}
            defaultValue={petition?.deliveredOn || today()}
            error={errors.deliveredOn}
            className="mt-3"
          />
          <TextAreaField
            id="petition-delivery-note"
            name="deliveryNote"
            label="Note"
            optional
            maxLength={1000}
            defaultValue={petition?.deliveryNote ?? ''}
            error={errors.deliveryNote}
            hint="Shown on the petition’s page, e.g. “Handed in at the ministry by three of the families.”"
            className="mt-3"
          />
          <button type="submit" name="intent" value="deliver" disabled={pending} className={buttonClass('secondary', 'mt-3 w-full')}>
            {status === 'delivered' ? 'Save the delivery' : 'Mark delivered'}
          </button>
        </details>
      ) : null}
      {pending ? (
        <p className="text-sm text-muted" aria-live="polite">
          Saving…
        </p>
      ) : null}
    </section>
  )
}
