import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { StatusBadge } from '@/components/admin/status-badge'
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
      <div
        role="note"
        className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-md border-2 border-dashed border-amber-500 bg-amber-50 p-3 font-sans text-sm"
      >
        <span>
          <strong>Preview</strong> of the last saved version, as readers will see it. <StatusBadge status={page.status} />
        </span>
        <Link href={`/admin/pages/${page.id}`} className="font-semibold underline">
          Back to the editor
        </Link>
      </div>
      <PageArticle page={page} />
    </>
  )
}
