import { EventQueue } from '@/components/admin/action-days/event-queue'
import { listEventQueue } from '@/lib/action-days/queries'
import { formatLocalStart } from '@/lib/action-days/time-zone'
import { requirePermission } from '@/lib/auth/session'
import { countryName } from '@/lib/petitions/countries'

export const metadata = { title: 'Protests to review' }

export default async function EventQueuePage() {
  await requirePermission('signatures.moderate')
  const events = await listEventQueue()
  const rows = events.map((e) => {
    const when = formatLocalStart(e.startsAt, e.timeZone)
    return {
      id: e.id,
      day: e.actionDay.title,
      when: `${when.date}, ${when.time} (${when.zoneLabel})`,
      city: e.city,
      country: countryName(e.country),
      place: e.place,
      organiserName: e.organiserName,
      description: e.description,
      reasons: e.holdReasons,
    }
  })
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Protests to review</h1>
      <p className="text-muted">Confirmed by their organisers by email. Approve to list them on the day’s page; every decision is in the audit log.</p>
      <EventQueue rows={rows} />
    </div>
  )
}
