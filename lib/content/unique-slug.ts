import 'server-only'
import { AppError } from '@/lib/errors'
import { slugify } from '@/lib/validation/slug'

// One rule for the addresses of posts, pages and petitions. The editor fills the slug in from
// the title; a slug made that way moves aside with -2, -3 … when taken, while one typed by hand
// is held to exactly and a clash is the editor's to resolve.

type Options = {
  title: string
  /** The slug the editor sent; empty: made from the title. */
  slug: string
  fallback: string
  /** The item holding this slug (another one than the item being saved), or null. */
  holder: (slug: string) => Promise<{ title: string } | null>
  /** The address readers would see, for the message: (slug) => `/posts/${slug}`. */
  path: (slug: string) => string
  noun: string
}

export async function uniqueSlug({ title, slug, fallback, holder, path, noun }: Options): Promise<string> {
  const typed = Boolean(slug) && slug !== slugify(title)
  const base = slug || slugify(title) || fallback
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 110)}-${n}`
    const clash = await holder(candidate)
    if (!clash) return candidate
    if (typed)
      throw new AppError(`Another ${noun} already uses this address.`, { slug: `“${clash.title}” already uses ${path(candidate)}. Choose another slug.` })
  }
  throw new AppError(`Could not find a free address for this ${noun}; type a slug.`, { slug: `Type a slug for this ${noun}.` })
}
