import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { slugify } from '@/lib/validation/slug'
import type { categoryFormSchema } from '@/lib/validation/category'
import type { z } from 'zod'

// Creating, renaming and deleting categories. A post always keeps at least one category: when
// its only one is deleted, it moves to the oldest remaining category.

type Ctx = Pick<ActionContext, 'tx' | 'audit'>
type CategoryForm = z.infer<typeof categoryFormSchema>

export function listCategoriesWithCounts() {
  return db.category.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, name: true, slug: true, description: true, _count: { select: { posts: true } } },
  })
}

export async function saveCategory(input: CategoryForm, ctx: Ctx) {
  const slug = input.slug || slugify(input.name)
  if (!slug) throw new AppError('Give the category a slug.', { slug: 'Type a slug made of letters and digits.' })
  const clash = await ctx.tx.category.findFirst({
    where: { OR: [{ name: { equals: input.name, mode: 'insensitive' } }, { slug }], NOT: input.id ? { id: input.id } : undefined },
    select: { name: true, slug: true },
  })
  if (clash) {
    const field = clash.name.toLowerCase() === input.name.toLowerCase() ? 'name' : 'slug'
    throw new AppError('Another category has that name or address.', {
      [field]: `The category “${clash.name}” already uses ${field === 'slug' ? `/category/${slug}` : 'this name'}.`,
    })
  }
  const data = { name: input.name, slug, description: input.description }
  const saved = input.id ? await ctx.tx.category.update({ where: { id: input.id }, data }) : await ctx.tx.category.create({ data })
  await ctx.audit({ action: input.id ? 'category.update' : 'category.create', entityType: 'category', entityId: saved.id, summary: saved.name })
  return saved
}

export async function deleteCategory(id: string, ctx: Ctx) {
  const category = await ctx.tx.category.findUnique({ where: { id }, select: { name: true } })
  if (!category) throw new AppError('This category was already deleted.')
  const fallback = await ctx.tx.category.findFirst({ where: { NOT: { id } }, orderBy: { createdAt: 'asc' }, select: { id: true, name: true } })
  if (!fallback) throw new AppError('This is the last category. Create another one first: every post needs a category.')
  // Posts whose only category this is move to the fallback before it goes.
  const orphans = await ctx.tx.post.findMany({ where: { categories: { every: { categoryId: id }, some: {} } }, select: { id: true } })
  await ctx.tx.postCategory.createMany({ data: orphans.map((p) => ({ postId: p.id, categoryId: fallback.id })), skipDuplicates: true })
  await ctx.tx.category.delete({ where: { id } })
  await ctx.audit({
    action: 'category.delete',
    entityType: 'category',
    entityId: id,
    summary: `${category.name} (${orphans.length} posts moved to ${fallback.name})`,
  })
  return { moved: orphans.length, fallback: fallback.name }
}
