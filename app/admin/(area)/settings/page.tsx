import { HoldRulesForm } from '@/components/admin/hold-rules-form'
import { requirePermission } from '@/lib/auth/session'
import { getHoldRulesForAdmin } from '@/lib/settings/hold-rules'

export const metadata = { title: 'Settings' }

export default async function SettingsPage() {
  await requirePermission('settings.manage')
  const { rules, defaults, customised } = await getHoldRulesForAdmin()
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Settings</h1>
      </div>
      <section aria-labelledby="hold-rules-heading" className="rounded-lg border border-line bg-white p-6">
        <h2 id="hold-rules-heading" className="text-xl font-bold">
          When signatures are held for moderation
        </h2>
        <p className="mt-1 mb-4 text-muted">
          A held signature is kept, and its signer sees the same thanks as everyone, but it counts only once a moderator approves it.{' '}
          {customised ? 'These are your site’s own values.' : 'These are the defaults.'} A change applies to the next signature, on every server.
        </p>
        <HoldRulesForm rules={rules} defaults={defaults} />
      </section>
    </div>
  )
}
