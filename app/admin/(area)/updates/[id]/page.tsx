import Link from 'next/link'
import { notFound } from 'next/navigation'
import { UpdateEditor } from '@/components/admin/update-editor'
import { StatusBadge } from '@/components/admin/status-badge'
import { UpdateProgress } from '@/components/admin/update-progress'
import { RefreshWhile, UpdateSendPanel } from '@/components/admin/update-sending'
import { requirePermission } from '@/lib/auth/session'
import { parseEnv } from '@/lib/env'
import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'
import { updateEmail } from '@/lib/updates/email'
import { getUpdateForAdmin, listPetitionsForUpdates } from '@/lib/updates/queries'
import { updateIdSchema } from '@/lib/validation/update'

export const metadata = { title: 'Update' }

type Props = { params: Promise<{ id: string }> }

export default async function UpdatePage({ params }: Props) {
  const user = await requirePermission('petitions.write')
  const parsed = updateIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const update = await getUpdateForAdmin(parsed.data.id)
  if (!update) notFound()
  const petitions = update.state === 'draft' ? await listPetitionsForUpdates() : []
  const recipients = petitions.find((p) => p.id === update.petitionId)?.recipients ?? 0
  const email = updateEmail({ ...update, to: user.email, signatureId: null })
  const { total, sent, failed } = update.progress
  return (
    <div className="max-w-5xl space-y-6">
      <RefreshWhile active={update.state === 'sending'} />
      <p>
        <Link href="/admin/updates" className="text-sm underline">
          ← All updates
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{update.subject}</h1>
        <StatusBadge status={update.state} />
      </div>
      <p className="text-muted">
        To the signers of{' '}
        <Link href={paths.petition(update.petition.slug)} className="underline">
          {update.petition.title}
        </Link>
        {update.createdBy ? ` · written by ${update.createdBy.name}` : ''}
        {update.publishedAt ? ` · sent ${formatDate(update.publishedAt.toISOString())}` : ''}
      </p>

      {update.state === 'draft' ? (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <UpdateEditor update={update} petitions={petitions} />
          <aside aria-labelledby="send-heading" className="h-fit space-y-3 rounded-lg border border-line bg-white p-4">
            <h2 id="send-heading" className="font-bold">
              Send
            </h2>
            <UpdateSendPanel id={update.id} subject={update.subject} recipients={recipients} email={user.email} />
          </aside>
        </div>
      ) : (
        <section aria-labelledby="progress-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 id="progress-heading" className="font-bold">
            Progress
          </h2>
          <UpdateProgress progress={update.progress} label="Messages sent" />
          <p role="status" className="font-medium">
            {update.state === 'sent'
              ? `Done: sent to ${sent.toLocaleString('en')} of ${total.toLocaleString('en')} signers${failed ? `; ${failed.toLocaleString('en')} could not be sent` : ''}.`
              : update.state === 'stopped'
                ? `Sending stopped after ${sent.toLocaleString('en')} of ${total.toLocaleString('en')} signers: the background worker gave up after several tries${update.stoppedReason ? ` (${update.stoppedReason})` : ''}. The others were not sent; check the mail settings (SMTP_URL) and the server’s log.`
                : 'Sending… this page updates itself.'}
          </p>
          {failed ? (
            <p className="text-sm text-muted">
              Failed messages were refused by the mail server, or were being sent when the worker stopped; none is ever sent twice.
            </p>
          ) : null}
        </section>
      )}

      <section aria-labelledby="preview-heading" className="space-y-2">
        <h2 id="preview-heading" className="text-lg font-bold">
          Preview{update.state === 'draft' ? ' (as last saved)' : ''}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="font-semibold">From</dt>
          <dd>{parseEnv().MAIL_FROM}</dd>
          <dt className="font-semibold">Subject</dt>
          <dd>{update.subject}</dd>
        </dl>
        {/* The email's own HTML: the update's text (sanitised on save and again here) in Placard's template. */}
        <div className="rich-text max-w-3xl rounded-lg border border-line bg-white p-6" dangerouslySetInnerHTML={{ __html: email.html }} />
      </section>
    </div>
  )
}
