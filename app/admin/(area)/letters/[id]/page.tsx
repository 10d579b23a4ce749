import { notFound } from 'next/navigation'
import { deleteLetterAction } from '@/app/admin/(area)/letters/actions'
import { DeleteForm } from '@/components/admin/delete-form'
import { HeldSendsForm } from '@/components/admin/letters/held-sends-form'
import { LetterEditor } from '@/components/admin/letters/letter-editor'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { getLetterForEditing, listAddresseeChoices, listEmbassyStates } from '@/lib/letters/admin-queries'
import { site } from '@/lib/site'
import { letterIdSchema } from '@/lib/validation/letter'

export const metadata = { title: 'Edit letter action' }

export default async function EditLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('petitions.write')
  const parsed = letterIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const [letter, addressees] = await Promise.all([getLetterForEditing(parsed.data.id), listAddresseeChoices()])
  if (!letter) notFound()
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit letter action</h1>
        <p className="text-sm text-muted">
          {letter.count.toLocaleString('en')} letters sent{letter.held ? ` · ${letter.held.toLocaleString('en')} held` : ''}
        </p>
      </div>
      <LetterEditor
        states={await listEmbassyStates()}
        addressees={addressees}
        defaultCc={site.contactEmail}
        letter={{
          id: letter.id,
          title: letter.title,
          slug: letter.slug,
          intro: letter.intro,
          subject: letter.subject,
          body: letter.body,
          embassiesOf: letter.embassiesOf ?? '',
          ccEmails: letter.ccEmails.join('\n'),
          demands: letter.demands.join('\n'),
          addresseeIds: letter.addressees.map((a) => a.addresseeId),
          status: letter.status,
          updatedAt: letter.updatedAt.toISOString(),
        }}
      />
      {letter.held && can(user, 'signatures.moderate') ? <HeldSendsForm id={letter.id} held={letter.held} /> : null}
      <DeleteForm action={deleteLetterAction} id={letter.id} title={letter.title} noun="letter action" />
    </div>
  )
}
