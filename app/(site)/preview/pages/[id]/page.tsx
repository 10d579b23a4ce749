import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PreviewBanner } from '@/components/admin/preview-banner'
import { PageArticle } from '@/components/site/page-article'
import { requirePermission } from '@/lib/auth/session'
import { getPageForEditing } from '@/lib/pages/queries'
import { pageIdSchema } from '@/lib/validation/page'

// The editor's preview of a page in the real site layout, whatever its status. Never cached.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }

type Props = { params: Promise<{ id: string }> }

export default async function PreviewPagePage({ params }: Props) {
  await requirePermission('pages.write')
  const parsed = pageIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const page = await getPageForEditing(parsed.data.id)
  if (!page) notFound()
  return (
    <>
      <PreviewBanner status={page.status} editHref={`/admin/pages/${page.id}`} />
      <PageArticle page={page} />
    </>
  )
}
