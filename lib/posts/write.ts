import 'server-only'
import { db } from '@/lib/db/client'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { postInputSchema, type PostInput } from '@/lib/validation/post'

// Creating and changing posts. Cached pages refresh themselves: a database trigger announces
// every change and each app instance revalidates the pages that show it (lib/content/).

export async function createPost(input: PostInput) {
  const post = postInputSchema.parse(input)
  return db.post.create({
    data: {
      title: post.title,
      slug: post.slug,
      excerpt: post.excerpt,
      bodyHtml: sanitizeRichText(post.bodyHtml),
      status: post.status,
      publishedAt: post.publishedAt ?? (post.status === 'published' ? new Date() : null),
      authorId: post.authorId,
      featuredImageUrl: post.image?.url,
      featuredImageAlt: post.image?.alt,
      featuredImageCaption: post.image?.caption,
      featuredImageCredit: post.image?.credit,
      sourceName: post.source?.name,
      sourceUrl: post.source?.url,
      categories: { create: post.categoryIds.map((categoryId) => ({ categoryId })) },
    },
    select: { id: true, slug: true },
  })
}

export async function updatePostText(id: string, changes: { title?: string; excerpt?: string; bodyHtml?: string }) {
  return db.post.update({
    where: { id },
    data: { ...changes, bodyHtml: changes.bodyHtml === undefined ? undefined : sanitizeRichText(changes.bodyHtml) },
    select: { id: true, slug: true },
  })
}
