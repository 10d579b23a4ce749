import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PreviewBanner } from '@/components/admin/preview-banner'
import { PetitionArticle } from '@/components/petition/petition-article'
import { requirePermission } from '@/lib/auth/session'
import { getPetitionForPreview, getPetitionNumbers } from '@/lib/petitions/queries'
import { petitionIdSchema } from '@/lib/validation/petition'
import { paths } from '@/lib/paths'

// The editor's preview of a petition in the real site layout, whatever its status (a draft as it
// will look once opened). Only editors see it; rendered for each request, never cached.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }

type Props = { params: Promise<{ id: string }> }

export default async function PreviewPetitionPage({ params }: Props) {
  await requirePermission('petitions.write')
  const parsed = petitionIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const found = await getPetitionForPreview(parsed.data.id)
  if (!found) notFound()
  const numbers = await getPetitionNumbers(found.petition)
  return (
    <>
      <PreviewBanner status={found.status} editHref={paths.adminPetition(found.petition.id)} />
      <PetitionArticle petition={found.petition} numbers={numbers} recentSigners={[]} />
    </>
  )
}
