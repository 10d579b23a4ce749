'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

export type AdminMenuGroup = { label: string; links: { href: string; label: string }[] }

// The admin area's menu, in groups named for the work (writing, the campaign, moderation, the
// site): a column beside the page on a wide screen, a row that scrolls sideways on a narrow one.
// The screen you are on is marked.
export function AdminMenu({ groups }: { groups: AdminMenuGroup[] }) {
  const pathname = usePathname()
  const current = (href: string) => (href === '/admin' ? pathname === '/admin' : pathname === href || pathname.startsWith(`${href}/`))
  return (
    <nav aria-label="Admin" className="-mx-4 border-b border-line bg-white lg:mx-0 lg:w-52 lg:shrink-0 lg:border-0 lg:bg-transparent lg:py-8">
      <div className="flex gap-x-4 overflow-x-auto px-4 lg:block lg:space-y-5 lg:overflow-visible lg:px-0">
        {groups.map((group) => (
          <div key={group.label} className="shrink-0">
            <p className="hidden px-2 text-xs font-bold tracking-widest text-muted uppercase lg:block">{group.label}</p>
            <ul className="flex lg:mt-1 lg:block">
              {group.links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={current(link.href) ? 'page' : undefined}
                    className="block rounded px-2 py-3 font-semibold whitespace-nowrap text-ink no-underline hover:bg-gray-100 hover:underline aria-[current=page]:bg-accent-dark aria-[current=page]:text-white lg:py-1.5"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  )
}
