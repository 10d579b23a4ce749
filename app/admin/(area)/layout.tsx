import { AdminNav } from '@/components/admin/admin-nav'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { site } from '@/lib/site'

// Every admin screen below this layout needs a signed-in, enabled user. Each page and action
// still checks its own permission: a layout does not run for server actions.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser()
  const links = [
    { href: '/admin', label: 'Dashboard', show: true },
    { href: '/admin/posts', label: 'Posts', show: can(user, 'posts.write') },
    { href: '/admin/petitions', label: 'Petitions', show: can(user, 'petitions.write') },
    { href: '/admin/moderation', label: 'Moderation', show: can(user, 'signatures.moderate') },
    { href: '/admin/supporters', label: 'Supporters', show: can(user, 'supporters.moderate') },
    { href: '/admin/messages', label: 'Messages', show: can(user, 'messages.read') },
    { href: '/admin/updates', label: 'Updates', show: can(user, 'petitions.write') },
    { href: '/admin/pages', label: 'Pages', show: can(user, 'pages.write') },
    { href: '/admin/categories', label: 'Categories', show: can(user, 'categories.write') },
    { href: '/admin/media', label: 'Media', show: can(user, 'media.write') },
    { href: '/admin/users', label: 'Users', show: can(user, 'users.manage') },
    { href: '/admin/audit', label: 'Audit log', show: can(user, 'audit.read') },
    { href: '/admin/privacy', label: 'Privacy requests', show: can(user, 'privacy.manage') },
    { href: '/admin/settings', label: 'Settings', show: can(user, 'settings.manage') },
  ].filter((l) => l.show)
  return (
    <>
      <AdminNav siteName={site.name} links={links} user={{ name: user.name, role: user.role }} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  )
}
