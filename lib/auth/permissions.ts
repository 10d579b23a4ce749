import type { Role } from '@/lib/generated/prisma/enums'

// What each role may do, in one table. Pages, server actions and route handlers all ask
// can(user, permission); nothing checks a role name directly.

export const PERMISSIONS = [
  'admin.enter',
  'posts.write',
  'posts.write-as-others',
  'pages.write',
  'categories.write',
  'media.write',
  'petitions.write',
  'signatures.moderate',
  /** Signers' email addresses in a CSV export (admins only). */
  'signatures.export-emails',
  'users.manage',
  'audit.read',
  'settings.manage',
  /** Messages sent through the contact form: read, forward, close, delete. */
  'messages.read',
  /** Find, export and erase what the site holds about one email address (admins only). */
  'privacy.manage',
  /** Approve, edit, merge and remove supporter entries and solidarity messages; export the supporters. */
  'supporters.moderate',
  /** Old addresses that lead to new ones (/admin/redirects; admins only). */
  'redirects.manage',
  /** Import a WordPress export from the admin area (admins only). */
  'wordpress.import',
] as const

export type Permission = (typeof PERMISSIONS)[number]

const EDITOR: Permission[] = ['admin.enter', 'posts.write', 'pages.write', 'categories.write', 'media.write', 'petitions.write']

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  editor: EDITOR,
  moderator: ['admin.enter', 'signatures.moderate', 'messages.read', 'supporters.moderate'],
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin — everything, including users and settings',
  editor: 'Editor — posts, pages, categories, media and petitions',
  moderator: 'Moderator — reviews signatures, supporters and solidarity messages, and reads the contact form’s messages',
}

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  return Boolean(user && ROLE_PERMISSIONS[user.role].includes(permission))
}
