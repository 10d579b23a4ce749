import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { countHeldSignatures } from '@/lib/moderation/queue'
import { getPostsOverview } from '@/lib/posts/admin-queries'
import { getSignatureStats } from '@/lib/signatures/dashboard-stats'
import { SignaturesDashboard } from '@/components/admin/signatures-dashboard'

export const metadata = { title: 'Dashboard' }

// Where every admin lands: what needs doing, one click from each task their role allows.
export default async function DashboardPage() {
  const user = await requireUser()
  const writes = can(user, 'posts.write')
  const seesSignatures = can(user, 'signatures.moderate') || can(user, 'petitions.write')
  const [overview, held, stats] = await Promise.all([
    writes ? getPostsOverview() : null,
    can(user, 'signatures.moderate') ? countHeldSignatures() : null,
    seesSignatures ? getSignatureStats() : null,
  ])
  const count = (status: 'draft' | 'scheduled' | 'published') => overview?.counts[status] ?? 0
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Hello, {user.name.split(' ')[0]}</h1>
        <p className="mt-1 text-muted">What would you like to do?</p>
      </div>
      {writes ? (
        <>
          <div className="flex flex-wrap gap-3">
            <Link href="/admin/posts/new" className={buttonClass('primary')}>
              Write a new post
            </Link>
            <Link href="/admin/posts" className={buttonClass('secondary')}>
              All posts
            </Link>
            {can(user, 'media.write') ? (
              <Link href="/admin/media" className={buttonClass('secondary')}>
                Images
              </Link>
            ) : null}
          </div>
          <ul className="grid gap-3 sm:grid-cols-3">
            {(['published', 'scheduled', 'draft'] as const).map((status) => (
              <li key={status}>
                <Link
                  href={`/admin/posts?status=${status}`}
                  className="block rounded-lg border border-line bg-white p-4 text-ink no-underline hover:border-accent"
                >
                  <span className="block text-sm font-semibold tracking-wide text-muted uppercase">
                    {status === 'draft' ? 'Drafts' : status === 'scheduled' ? 'Scheduled' : 'Published'}
                  </span>
                  <span className="mt-1 block text-3xl font-bold">{count(status).toLocaleString('en')}</span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="grid gap-4 md:grid-cols-2">
            <PostList title="Latest drafts" posts={overview?.drafts ?? []} empty="No drafts: everything is published." />
            <PostList title="Newest published posts" posts={overview?.published ?? []} empty="Nothing is published yet." />
          </div>
        </>
      ) : null}
      {stats ? <SignaturesDashboard stats={stats} held={held} /> : null}
      {can(user, 'users.manage') ? (
        <p>
          <Link href="/admin/users" className="underline">
            Manage users and roles
          </Link>{' '}
          ·{' '}
          <Link href="/admin/audit" className="underline">
            Audit log
          </Link>
        </p>
      ) : null}
    </div>
  )
}

function PostList({ title, posts, empty }: { title: string; posts: { id: string; title: string }[]; empty: string }) {
  return (
    <section className="rounded-lg border border-line bg-white p-4">
      <h2 className="font-bold">{title}</h2>
      {posts.length ? (
        <ul className="mt-2 space-y-1">
          {posts.map((p) => (
            <li key={p.id}>
              <Link href={`/admin/posts/${p.id}`} className="underline">
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-muted">{empty}</p>
      )}
    </section>
  )
}
