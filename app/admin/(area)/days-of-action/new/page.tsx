import { ActionDayEditor } from '@/components/admin/action-days/action-day-editor'
import { requirePermission } from '@/lib/auth/session'
import { getEditorChoices } from '@/lib/posts/admin-queries'

export const metadata = { title: 'New day of action' }

export default async function NewActionDayPage() {
  await requirePermission('pages.write')
  const { petitions } = await getEditorChoices()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New day of action</h1>
      <ActionDayEditor day={null} petitions={petitions} />
    </div>
  )
}
