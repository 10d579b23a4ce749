import { SubjectAccessPanel } from '@/components/admin/privacy/subject-access-panel'
import { requirePermission } from '@/lib/auth/session'

export const metadata = { title: 'Privacy requests' }

export default async function PrivacyPage() {
  await requirePermission('privacy.manage')
  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">Privacy requests</h1>
        <p className="mt-2 text-muted">
          When someone asks what this site holds about them, or asks to be erased: type their email address and press Find. Download what is found as a JSON
          file to send them; erase it if they asked. Each search, download and erasure is written to the audit log, without the address.
        </p>
      </div>
      <SubjectAccessPanel />
    </div>
  )
}
