import Link from 'next/link'
import type { ReactNode } from 'react'

const TOOLS = [
  { href: '/admin/moderation', label: 'Held signatures' },
  { href: '/admin/moderation/signatures', label: 'Search all signatures' },
  { href: '/admin/moderation/trending', label: 'Trending domains and addresses' },
  { href: '/admin/moderation/invalidations', label: 'Bulk invalidations' },
  { href: '/admin/moderation/export', label: 'Export signatures (CSV)' },
]

// The moderators' screens, one click from each other, above each one's title and introduction.
export function ModerationHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div>
      <nav aria-label="Moderation tools" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {TOOLS.map((tool) => (
          <Link key={tool.href} href={tool.href} className="underline">
            {tool.label}
          </Link>
        ))}
      </nav>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      {children ? <div className="mt-2 max-w-3xl text-muted">{children}</div> : null}
    </div>
  )
}
