import Link from 'next/link'
import { notFound } from 'next/navigation'
import { deleteActionDayAction } from '@/app/admin/(area)/days-of-action/actions'
import { ActionDayEditor } from '@/components/admin/action-days/action-day-editor'
import { ReportForm } from '@/components/admin/action-days/report-form'
import { DeleteForm } from '@/components/admin/delete-form'
import { getDayForAdmin } from '@/lib/action-days/queries'
import { requirePermission } from '@/lib/auth/session'
import { getEditorChoices } from '@/lib/posts/admin-queries'
import { largestWidthFor, mediaUrl, widthsUpTo } from '@/lib/media/variants'
import { paths } from '@/lib/paths'
import { actionDayIdSchema } from '@/lib/validation/action-day'

export const metadata = { title: 'Edit day of action' }

export default async function EditActionDayPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('pages.write')
  const parsed = actionDayIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const [day, { petitions }] = await Promise.all([getDayForAdmin(parsed.data.id), getEditorChoices()])
  if (!day) notFound()
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit day of action</h1>
        <p className="text-sm text-muted">
          {day._count.events} approved {day._count.events === 1 ? 'protest' : 'protests'}
          {day.status === 'published' ? (
            <>
              {' · '}
              <Link href={paths.actionDay(day.slug)} className="underline">
                View on the site
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <ActionDayEditor
        day={{
          id: day.id,
          title: day.title,
          slug: day.slug,
          date: day.date.toISOString().slice(0, 10),
          callHtml: day.callHtml,
          status: day.status,
          updatedAt: day.updatedAt.toISOString(),
        }}
        petitions={petitions}
      />
      <section aria-labelledby="report-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="report-heading" className="text-xl font-bold">
          Afterwards: the report
        </h2>
        <p className="text-sm text-muted">A short text and photos of the day, shown above the list of protests.</p>
        <ReportForm
          dayId={day.id}
          reportHtml={day.reportHtml}
          photos={day.photos.map((p) => ({
            id: p.media.id,
            url: mediaUrl(p.media.storageKey, widthsUpTo(largestWidthFor(p.media.width))[0]!),
            alt: p.media.alt,
          }))}
          petitions={petitions}
        />
      </section>
      <DeleteForm action={deleteActionDayAction} id={day.id} title={day.title} noun="day of action" />
    </div>
  )
}
