import Link from 'next/link'
import { UpdateEditor } from '@/components/admin/update-editor'
import { requirePermission } from '@/lib/auth/session'
import { listPetitionsForUpdates } from '@/lib/updates/queries'

export const metadata = { title: 'New update' }

export default async function NewUpdatePage() {
  await requirePermission('petitions.write')
  const petitions = await listPetitionsForUpdates()
  return (
    <div className="max-w-4xl space-y-4">
      <p>
        <Link href="/admin/updates" className="text-sm underline">
          ← All updates
        </Link>
      </p>
      <h1 className="text-2xl font-bold">New update</h1>
      <p className="text-muted">Save it as a draft first: you can then preview it, send yourself a test, and send it.</p>
      <UpdateEditor update={null} petitions={petitions} />
    </div>
  )
}
