import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DecideButtons } from '@/components/admin/review/decide-buttons'
import { SupporterEditForm } from '@/components/admin/review/supporter-edit-form'
import { requirePermission } from '@/lib/auth/session'
import { formatMoment } from '@/lib/format'
import { countryOptions } from '@/lib/petitions/countries'
import { getSupporterForAdmin } from '@/lib/supporters/admin'
import { z } from 'zod'
import { decideSupportersAction } from '../actions'

export const metadata = { title: 'Edit supporter' }

export default async function EditSupporterPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('supporters.moderate')
  const id = z.uuid().safeParse((await params).id)
  const entry = id.success ? await getSupporterForAdmin(id.data) : null
  if (!entry) notFound()
  return (
    <div className="space-y-6">
      <p>
        <Link href={entry.status === 'approved' ? '/admin/supporters?list=approved' : '/admin/supporters'} className="underline">
          Back to the supporters
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Edit {entry.name}</h1>
      <p className="text-muted">
        <span className="break-all">{entry.email}</span> · {entry.status} · added {formatMoment(entry.createdAt.toISOString())} UTC
      </p>
      <SupporterEditForm entry={entry} countries={countryOptions()} />
      <section className="max-w-2xl rounded-lg border border-accent/40 bg-white p-4">
        <h2 className="font-semibold text-accent-dark">Remove on request</h2>
        <p className="mt-1 text-sm text-muted">Deletes the entry for good: it leaves the public list and the database.</p>
        <div className="mt-3">
          <DecideButtons action={decideSupportersAction} id={entry.id} name={entry.name} decisions={['remove']} />
        </div>
      </section>
    </div>
  )
}
