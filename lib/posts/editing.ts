import { formatMoment } from '@/lib/format'
import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { can } from '@/lib/auth/permissions'
import { htmlToPlainText } from '@/lib/rich-text/plain-text'
import { excerptFrom } from '@/lib/posts/excerpt'
import { sanitizeEditorHtml } from '@/lib/rich-text/sanitize-html'
import { uniqueSlug } from '@/lib/content/unique-slug'
import { AppError } from '@/lib/errors'
import type { PostStatus } from '@/lib/generated/prisma/enums'
import { paths } from '@/lib/paths'
import type { PostEditorInput } from '@/lib/validation/post-editor'

// The editor's verbs: save (create or update), publish, schedule, unpublish, delete. Each runs
// inside the admin action's transaction with its audit row. Public pages refresh by
// themselves: the database trigger announces the change (lib/content/).

type Ctx = Pick<ActionContext, 'tx' | 'user' | 'audit'>
export type SavedPost = { id: string; updatedAt: Date; status: PostStatus; slug: string; publishedAt: Date | null }

function nextStatus(intent: PostEditorInput['intent'], current: PostStatus | null): PostStatus {
  if (intent === 'publish') return 'published'
  if (intent === 'schedule') return 'scheduled'
  if (intent === 'unpublish') return 'draft'
  return current ?? 'draft'
}

async function categoriesOrDefault(ctx: Ctx, ids: string[]): Promise<string[]> {
  const found = await ctx.tx.category.findMany({ where: { id: { in: ids } }, select: { id: true } })
  if (found.length !== ids.length)
    throw new AppError('One of the chosen categories no longer exists. Reload the page.', { categoryIds: 'Choose categories from the list.' })
  if (found.length) return found.map((c) => c.id)
  // A post always sits in at least one category: the oldest one (Articles on a new site).
  const fallback = await ctx.tx.category.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true } })
  return fallback ? [fallback.id] : []
}

export async function savePost(input: PostEditorInput, ctx: Ctx): Promise<SavedPost> {
  const existing = input.id
    ? await ctx.tx.post.findUnique({
        where: { id: input.id },
        select: { id: true, status: true, publishedAt: true, updatedAt: true, authorId: true, updatedBy: { select: { name: true } } },
      })
    : null
  if (input.id && !existing) throw new AppError('This post was deleted by someone else. Copy your text before leaving this page.')
  if (existing && input.baseUpdatedAt && existing.updatedAt.getTime() !== new Date(input.baseUpdatedAt).getTime()) {
    const who = existing.updatedBy?.name ?? 'Someone else'
    throw new AppError(
      `${who} saved this post at ${formatMoment(existing.updatedAt)} UTC, after you opened it. Their version is kept and yours was not saved. Copy your changes, reload the page, and apply them again.`,
    )
  }
  if (input.intent === 'autosave' && existing && existing.status !== 'draft') {
    throw new AppError('Published and scheduled posts are not saved automatically. Press “Update” to save.')
  }
  const status = nextStatus(input.intent, existing?.status ?? null)
  const bodyHtml = sanitizeEditorHtml(input.bodyHtml)
  if (status !== 'draft' && !htmlToPlainText(bodyHtml).trim() && !/\[petition /.test(bodyHtml)) {
    throw new AppError('Write the post before publishing it.', { bodyHtml: 'The post needs some text before it can be published.' })
  }
  const publishAt = input.publishAt ? new Date(input.publishAt) : undefined
  if (status === 'scheduled' && (!publishAt || publishAt.getTime() <= Date.now() + 30_000)) {
    throw new AppError('Pick a time in the future to schedule the post.', { publishAt: 'Pick a time in the future, or press “Publish now”.' })
  }
  const publishedAt =
    status === 'scheduled'
      ? publishAt!
      : status === 'published'
        ? ((existing?.status === 'published' ? existing.publishedAt : null) ?? new Date())
        : (existing?.publishedAt ?? null)
  const slug = await uniqueSlug({
    title: input.title,
    slug: input.slug,
    fallback: 'post',
    holder: (candidate) => ctx.tx.post.findFirst({ where: { slug: candidate, NOT: existing ? { id: existing.id } : undefined }, select: { title: true } }),
    path: paths.post,
    noun: 'post',
  })
  const authorId = input.authorId && can(ctx.user, 'posts.write-as-others') ? input.authorId : (existing?.authorId ?? ctx.user.id)
  const categoryIds = await categoriesOrDefault(ctx, input.categoryIds)
  const data = {
    title: input.title,
    slug,
    excerpt: input.excerpt || excerptFrom(bodyHtml),
    bodyHtml,
    status,
    publishedAt,
    authorId,
    byline: input.byline ?? null,
    featuredImageUrl: input.imageUrl ?? null,
    featuredImageAlt: input.imageUrl ? (input.imageAlt ?? null) : null,
    featuredImageCaption: input.imageUrl ? (input.imageCaption ?? null) : null,
    featuredImageCredit: input.imageUrl ? (input.imageCredit ?? null) : null,
    sourceName: input.sourceName ?? null,
    sourceUrl: input.sourceName ? (input.sourceUrl ?? null) : null,
    updatedById: ctx.user.id,
  }
  const select = { id: true, updatedAt: true, status: true, slug: true, publishedAt: true } as const
  let saved: SavedPost
  if (existing) {
    // Only the version the editor started from may be overwritten (a concurrent save loses).
    const { count } = await ctx.tx.post.updateMany({ where: { id: existing.id, updatedAt: existing.updatedAt }, data })
    if (count === 0) throw new AppError('Someone else saved this post a moment ago. Copy your changes, reload the page, and apply them again.')
    await ctx.tx.postCategory.deleteMany({ where: { postId: existing.id, categoryId: { notIn: categoryIds } } })
    await ctx.tx.postCategory.createMany({ data: categoryIds.map((categoryId) => ({ postId: existing.id, categoryId })), skipDuplicates: true })
    saved = await ctx.tx.post.findUniqueOrThrow({ where: { id: existing.id }, select })
  } else {
    saved = await ctx.tx.post.create({ data: { ...data, categories: { create: categoryIds.map((categoryId) => ({ categoryId })) } }, select })
  }
  await ctx.audit({ action: auditAction(input.intent, existing?.status ?? null, status), entityType: 'post', entityId: saved.id, summary: input.title })
  return saved
}

function auditAction(intent: PostEditorInput['intent'], before: PostStatus | null, after: PostStatus) {
  if (before === null) return after === 'draft' ? 'post.create' : `post.create+${after === 'published' ? 'publish' : 'schedule'}`
  if (before !== after) return after === 'published' ? 'post.publish' : after === 'scheduled' ? 'post.schedule' : 'post.unpublish'
  return intent === 'autosave' ? 'post.autosave' : 'post.update'
}

export async function deletePost(id: string, ctx: Ctx) {
  const post = await ctx.tx.post.findUnique({ where: { id }, select: { id: true, title: true } })
  if (!post) throw new AppError('This post was already deleted.')
  await ctx.tx.post.delete({ where: { id } })
  await ctx.audit({ action: 'post.delete', entityType: 'post', entityId: id, summary: post.title })
}
