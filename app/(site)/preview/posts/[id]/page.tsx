import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { StatusBadge } from '@/components/admin/status-badge'
import { PostArticle } from '@/components/site/post-article'
import { requirePermission } from '@/lib/auth/session'
import { getPostDetailForPreview } from '@/lib/posts/queries'
import { postIdSchema } from '@/lib/validation/post-editor'
import { db } from '@/lib/db'

// The editor's preview: the post inside the real site layout, whatever its status. Only
// editors see it; it is rendered for each request and never cached (it reads the session).
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }

type Props = { params: Promise<{ id: string }> }

export default async function PreviewPostPage({ params }: Props) {
  await requirePermission('posts.write')
  const parsed = postIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const [post, state] = await Promise.all([
    getPostDetailForPreview(parsed.data.id),
    db.post.findUnique({ where: { id: parsed.data.id }, select: { status: true } }),
  ])
  if (!post || !state) notFound()
  return (
    <>
      <div
        role="note"
        className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-md border-2 border-dashed border-amber-500 bg-amber-50 p-3 font-sans text-sm"
      >
        <span>
          <strong>Preview</strong> of the last saved version, as readers will see it. <StatusBadge status={state.status} />
        </span>
        <Link href={`/admin/posts/${post.id}`} className="font-semibold underline">
          Back to the editor
        </Link>
      </div>
      <PostArticle post={post} />
    </>
  )
}
