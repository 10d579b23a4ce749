import { PageEditor } from '@/components/admin/page-editor'
import { requirePermission } from '@/lib/auth/session'
import { getEditorChoices } from '@/lib/posts/admin-queries'

export const metadata = { title: 'New page' }

export default async function NewPagePage() {
  await requirePermission('pages.write')
  const { petitions } = await getEditorChoices()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New page</h1>
      <PageEditor page={null} petitions={petitions} />
    </div>
  )
}
