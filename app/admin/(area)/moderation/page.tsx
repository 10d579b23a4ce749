import { counted } from '@/lib/format'
import { ModerationHeader } from '@/components/admin/signatures/moderation-header'
import { ModerationQueue, type HeldRow } from '@/components/admin/moderation-queue'
import { buttonClass } from '@/components/ui/button'
import { Pager } from '@/components/ui/pager'
import { SelectField } from '@/components/ui/select-field'
import { requirePermission } from '@/lib/auth/session'
import { firstParam } from '@/lib/validation/route-params'
import { holdReasonLabel } from '@/lib/moderation/hold-reasons'
import { countryName } from '@/lib/petitions/countries'
import { listHeldSignatures, listPetitionsWithHeld } from '@/lib/moderation/queue'
import { moderationQueueFilterSchema } from '@/lib/validation/moderation'

export const metadata = { title: 'Moderation' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ModerationPage({ searchParams }: Props) {
  await requirePermission('signatures.moderate')
  const raw = await searchParams
  const filter = moderationQueueFilterSchema.parse({ petition: firstParam(raw.petition), page: firstParam(raw.page) })
  const [{ total, rows, pageCount }, petitions] = await Promise.all([
    listHeldSignatures({ petitionId: filter.petition, page: filter.page }),
    listPetitionsWithHeld(),
  ])
  const held: HeldRow[] = rows.map((r) => ({
    id: r.id,
    fullName: r.fullName,
    email: r.email,
    country: countryName(r.country),
    city: r.city,
    comment: r.comment,
    confirmed: r.status === 'confirmed',
    reasons: r.holdReasons.map(holdReasonLabel),
    createdAt: r.createdAt.toISOString(),
    petitionTitle: r.petition.title,
  }))
  const pageLink = (page: number) =>
    `/admin/moderation?${new URLSearchParams({ ...(filter.petition ? { petition: filter.petition } : {}), page: String(page) })}`
  return (
    <div className="space-y-6">
      <ModerationHeader title="Moderation">
        <p>
          These signatures looked unusual when they came in, so they don’t count yet. Approve the real ones: a confirmed signature counts at once. Reject the
          fake ones: they never count, and the signer is not told.
        </p>
      </ModerationHeader>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <SelectField
          id="moderation-petition"
          name="petition"
          label="Petition"
          empty="All petitions"
          defaultValue={filter.petition ?? ''}
          options={petitions.map((p) => [p.id, `${p.title} (${p.held})`])}
        />
        <button type="submit" className={buttonClass('secondary')}>
          Show
        </button>
      </form>
      <p className="text-sm text-muted" role="status">
        {total === 0 ? 'Nothing to review. New held signatures will appear here.' : `${counted(total, 'held signature')} to review, newest first.`}
      </p>
      {held.length ? <ModerationQueue rows={held} /> : null}
      <Pager newer={filter.page > 1 ? pageLink(filter.page - 1) : null} older={filter.page < pageCount ? pageLink(filter.page + 1) : null} />
    </div>
  )
}
