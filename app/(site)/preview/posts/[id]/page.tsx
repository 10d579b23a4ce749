import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PreviewBanner } from '@/components/admin/preview-banner'
import { PostArticle } from '@/components/site/post-article'
import { requirePermission } from '@/lib/auth/session'
import { getPostDetailForPreview } from '@/lib/posts/queries'
import { postIdSchema } from '@/lib/validation/post-editor'

// The editor's preview: the post inside the real site layout, whatever its status. Only
// editors see it; it is rendered for each request and never cached (it reads the session).
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }

type Props = { params: Promise<{ id: string }> }

export default async function PreviewPostPage({ params }: Props) {
  await requirePermission('posts.write')
  const parsed = postIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const post = await getPostDetailForPreview(parsed.data.id)
  if (!post) notFound()
  return (
    <>
      <PreviewBanner status={post.status} editHref={`/admin/posts/${post.id}`} />
      <PostArticle post={post} />
    </>
  )
}
