import Link from 'next/link'
import { notFound } from 'next/navigation'
import { deletePageAction } from '@/app/admin/(area)/pages/actions'
import { DeleteForm } from '@/components/admin/delete-form'
import { PageEditor } from '@/components/admin/page-editor'
import { requirePermission } from '@/lib/auth/session'
import { getPageForEditing } from '@/lib/pages/queries'
import { getEditorChoices } from '@/lib/posts/admin-queries'
import { pageIdSchema } from '@/lib/validation/page'

export const metadata = { title: 'Edit page' }

type Props = { params: Promise<{ id: string }> }

export default async function EditPagePage({ params }: Props) {
  await requirePermission('pages.write')
  const parsed = pageIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const [page, { petitions }] = await Promise.all([getPageForEditing(parsed.data.id), getEditorChoices()])
  if (!page) notFound()
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit page</h1>
        <p className="text-sm text-muted">
          {page.status === 'published' ? (
            <Link href={`/${page.slug}`} className="underline">
              View on the site
            </Link>
          ) : null}
          {page.updatedBy ? ` · last saved by ${page.updatedBy.name}` : ''}
        </p>
      </div>
      <PageEditor
        page={{
          id: page.id,
          title: page.title,
          slug: page.slug,
          bodyHtml: page.bodyHtml,
          status: page.status,
          showInNav: page.showInNav,
          updatedAt: page.updatedAt.toISOString(),
        }}
        petitions={petitions}
      />
      <DeleteForm action={deletePageAction} id={page.id} title={page.title} noun="page" />
    </div>
  )
}
