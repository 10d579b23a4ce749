import Link from 'next/link'
import { SignOutButton } from '@/components/admin/sign-out-button'

type Props = { siteName: string; user: { name: string; role: string } }

// The admin area's top bar: the site, who is signed in, and signing out. The menu is AdminMenu.
export function AdminNav({ siteName, user }: Props) {
  return (
    <header className="bg-accent-dark text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-ink"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <div className="flex items-baseline gap-3">
          <Link href="/admin" className="text-xl font-black tracking-tight text-white no-underline">
            {siteName}
          </Link>
          <Link href="/" className="text-sm text-red-100 underline">
            View site
          </Link>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/admin/account" className="text-white underline">
            {user.name}
          </Link>
          <span className="rounded bg-white/15 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide">{user.role}</span>
          <SignOutButton />
        </div>
      </div>
    </header>
  )
}
