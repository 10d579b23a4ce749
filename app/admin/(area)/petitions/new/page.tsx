import { PetitionEditor } from '@/components/admin/petition-editor'
import { sheetReturnFallback } from '@/lib/petitions/sheet'
import { requirePermission } from '@/lib/auth/session'

export const metadata = { title: 'New petition' }

export default async function NewPetitionPage() {
  await requirePermission('petitions.write')
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New petition</h1>
      <PetitionEditor petition={null} returnFallback={sheetReturnFallback()} />
    </div>
  )
}
