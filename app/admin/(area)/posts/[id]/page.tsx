import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DeleteForm } from '@/components/admin/delete-form'
import { PostEditor, type EditablePost } from '@/components/admin/post-editor'
import { deletePostAction } from '@/app/admin/(area)/posts/actions'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { getEditorChoices, getPostForEditing, type PostForEditing } from '@/lib/posts/admin-queries'
import { paths } from '@/lib/paths'
import { postIdSchema } from '@/lib/validation/post-editor'

export const metadata = { title: 'Edit post' }

type Props = { params: Promise<{ id: string }> }

function toEditable(post: PostForEditing): EditablePost {
  return {
    id: post.id,
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt,
    bodyHtml: post.bodyHtml,
    status: post.status,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    updatedAt: post.updatedAt.toISOString(),
    authorId: post.authorId,
    byline: post.byline ?? '',
    imageUrl: post.featuredImageUrl ?? '',
    imageAlt: post.featuredImageAlt ?? '',
    imageCaption: post.featuredImageCaption ?? '',
    imageCredit: post.featuredImageCredit ?? '',
    sourceName: post.sourceName ?? '',
    sourceUrl: post.sourceUrl ?? '',
    categoryIds: post.categories.map((c) => c.categoryId),
  }
}

export default async function EditPostPage({ params }: Props) {
  const user = await requirePermission('posts.write')
  const parsed = postIdSchema.safeParse(await params)
  if (!parsed.success) notFound()
  const post = await getPostForEditing(parsed.data.id)
  if (!post) notFound()
  const choices = await getEditorChoices(post.authorId)
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit post</h1>
        <p className="text-sm text-muted">
          {post.status === 'published' ? (
            <Link href={paths.post(post.slug)} className="underline">
              View on the site
            </Link>
          ) : null}
          {post.updatedBy ? ` · last saved by ${post.updatedBy.name}` : ''}
        </p>
      </div>
      <PostEditor post={toEditable(post)} choices={choices} canChooseAuthor={can(user, 'posts.write-as-others')} currentUserId={user.id} />
      <DeleteForm action={deletePostAction} id={post.id} title={post.title} noun="post" />
    </div>
  )
}
