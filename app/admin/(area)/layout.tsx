import { AdminMenu, type AdminMenuGroup } from '@/components/admin/admin-menu'
import { AdminNav } from '@/components/admin/admin-nav'
import { requireUser } from '@/lib/auth/session'
import { can, type Permission } from '@/lib/auth/permissions'
import { site } from '@/lib/site'

// Every screen of the admin area, by the work it serves. A screen appears only to those whose
// role has its permission (lib/auth/permissions.ts); a group with none left is not shown.
// A screen listed with several permissions appears to anyone with one of them.
const MENU: { label: string; links: { href: string; label: string; permission: Permission | Permission[] }[] }[] = [
  {
    label: 'Overview',
    links: [{ href: '/admin', label: 'Dashboard', permission: 'admin.enter' }],
  },
  {
    label: 'Writing',
    links: [
      { href: '/admin/posts', label: 'Posts', permission: 'posts.write' },
      { href: '/admin/pages', label: 'Pages', permission: 'pages.write' },
      { href: '/admin/categories', label: 'Categories', permission: 'categories.write' },
      { href: '/admin/media', label: 'Media', permission: 'media.write' },
    ],
  },
  {
    label: 'Campaign',
    links: [
      { href: '/admin/petitions', label: 'Petitions', permission: 'petitions.write' },
      { href: '/admin/updates', label: 'Updates', permission: 'petitions.write' },
      { href: '/admin/letters', label: 'Letters', permission: 'petitions.write' },
      { href: '/admin/days-of-action', label: 'Days of action', permission: ['pages.write', 'signatures.moderate'] },
      { href: '/admin/donations', label: 'Donations', permission: 'pages.write' },
    ],
  },
  {
    label: 'Moderation',
    links: [
      { href: '/admin/moderation', label: 'Moderation', permission: 'signatures.moderate' },
      { href: '/admin/messages', label: 'Messages', permission: 'messages.read' },
      { href: '/admin/supporters', label: 'Supporters', permission: 'supporters.moderate' },
      { href: '/admin/letters/names', label: 'Letter senders', permission: 'supporters.moderate' },
    ],
  },
  {
    label: 'Site',
    links: [
      { href: '/admin/users', label: 'Users', permission: 'users.manage' },
      { href: '/admin/audit', label: 'Audit log', permission: 'audit.read' },
      { href: '/admin/privacy', label: 'Privacy requests', permission: 'privacy.manage' },
      { href: '/admin/settings', label: 'Settings', permission: 'settings.manage' },
      { href: '/admin/redirects', label: 'Redirects', permission: 'redirects.manage' },
      { href: '/admin/import', label: 'WordPress import', permission: 'wordpress.import' },
    ],
  },
]

// Every admin screen below this layout needs a signed-in, enabled user. Each page and action
// still checks its own permission: a layout does not run for server actions.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser()
  const groups: AdminMenuGroup[] = MENU.map((group) => ({
    label: group.label,
    links: group.links.filter((link) => [link.permission].flat().some((permission) => can(user, permission))).map(({ href, label }) => ({ href, label })),
  })).filter((group) => group.links.length > 0)
  return (
    <>
      <AdminNav siteName={site.name} user={{ name: user.name, role: user.role }} />
      <div className="mx-auto max-w-7xl px-4 lg:flex lg:gap-8">
        <AdminMenu groups={groups} />
        <main id="main" className="min-w-0 flex-1 py-6 sm:py-8">
          {children}
        </main>
      </div>
    </>
  )
}
