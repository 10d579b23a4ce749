import { counted } from '@/lib/format'
import { notFound } from 'next/navigation'
import { deletePetitionAction } from '@/app/admin/(area)/petitions/actions'
import { DeleteForm } from '@/components/admin/delete-form'
import { PaperSignatures } from '@/components/admin/paper-signatures'
import { PetitionEditor } from '@/components/admin/petition-editor'
import { requirePermission } from '@/lib/auth/session'
import { getPetitionForEditing } from '@/lib/petitions/admin-queries'
import { countryOptions } from '@/lib/petitions/countries'
import { listPaperEntries } from '@/lib/petitions/paper-signatures'
import { sheetReturnFallback } from '@/lib/petitions/sheet'
import { petitionIdSchema } from '@/lib/validation/petition'

export const metadata = { title: 'Edit petition' }

type Props = { params: Promise<{ id: string }> }

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? ''

export default async function EditPetitionPage({ params }: Props) {
  await requirePermission('petitions.write')
  const parsed = petitionIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const [petition, paper] = await Promise.all([getPetitionForEditing(parsed.data.id), listPaperEntries(parsed.data.id)])
  if (!petition) notFound()
  const signatures = petition._count.signatures
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit petition</h1>
        <p className="text-sm text-muted">
          {counted(signatures, 'signature')} so far (any state)
          {petition.updatedBy ? ` · last saved by ${petition.updatedBy.name}` : ''}
        </p>
      </div>
      <PetitionEditor
        returnFallback={sheetReturnFallback()}
        petition={{
          id: petition.id,
          title: petition.title,
          slug: petition.slug,
          summary: petition.summary,
          bodyHtml: petition.bodyHtml,
          target: petition.target,
          goal: petition.goal,
          goalPinned: petition.goalPinned,
          deadline: day(petition.deadline),
          status: petition.status,
          featured: petition.featured,
          deliveredOn: day(petition.deliveredAt),
          deliveryNote: petition.deliveryNote ?? '',
          imageUrl: petition.imageUrl ?? '',
          imageAlt: petition.imageAlt ?? '',
          returnAddress: petition.returnAddress ?? '',
          updatedAt: petition.updatedAt.toISOString(),
        }}
      />
      <PaperSignatures
        petitionId={petition.id}
        countries={countryOptions().map((c) => [c.code, c.name])}
        entries={paper.map((e) => ({
          id: e.id,
          count: e.count,
          country: e.country,
          note: e.note,
          fromCsv: e.fromCsv,
          createdAt: e.createdAt.toISOString(),
          by: e.updatedBy?.name ?? e.createdBy?.name ?? null,
        }))}
      />
      {signatures === 0 && paper.length === 0 ? (
        <DeleteForm action={deletePetitionAction} id={petition.id} title={petition.title} noun="petition" />
      ) : (
        <p className="max-w-xl rounded-lg border border-line bg-white p-4 text-sm text-muted">
          A petition with signatures can’t be deleted: the people who signed were promised it would be delivered. Close it instead; it stays on the site and
          takes no more signatures.
        </p>
      )}
    </div>
  )
}
