import { LetterEditor } from '@/components/admin/letters/letter-editor'
import { requirePermission } from '@/lib/auth/session'
import { listAddresseeChoices, listEmbassyStates } from '@/lib/letters/admin-queries'
import { site } from '@/lib/site'

export const metadata = { title: 'New letter action' }

export default async function NewLetterPage() {
  await requirePermission('petitions.write')
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New letter action</h1>
      <LetterEditor letter={null} states={await listEmbassyStates()} addressees={await listAddresseeChoices()} defaultCc={site.contactEmail} />
    </div>
  )
}
