import Link from 'next/link'

const TABS = [
  { href: '/admin/supporters', label: 'Supporters to approve' },
  { href: '/admin/supporters?list=approved', label: 'Approved supporters' },
  { href: '/admin/supporters/messages', label: 'Solidarity messages' },
  { href: '/admin/letters/names', label: 'Letter senders’ names' },
]

// The screens for entries people leave besides signatures, one click from each other.
export function ReviewNav({ title, emailsAllowed, children }: { title: string; emailsAllowed: boolean; children?: React.ReactNode }) {
  return (
    <div>
      <nav aria-label="Supporters and messages" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {TABS.map((t) => (
          <Link key={t.href} href={t.href} className="underline">
            {t.label}
          </Link>
        ))}
      </nav>
      {/* A plain GET form: the download works without JavaScript; the route checks the role. */}
      <form method="get" action="/api/admin/supporters/export" className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <button type="submit" className="font-semibold underline">
          Export approved supporters (CSV)
        </button>
        {/* Offered only to those allowed it (admins); the route refuses anyone else anyway. */}
        {emailsAllowed ? (
          <label className="flex items-center gap-1.5">
            <input type="checkbox" name="emails" value="1" className="size-4" /> with email addresses
          </label>
        ) : null}
      </form>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      {children ? <div className="mt-2 max-w-3xl text-muted">{children}</div> : null}
    </div>
  )
}
