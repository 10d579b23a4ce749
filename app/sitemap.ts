import type { MetadataRoute } from 'next'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { listPublishedPages } from '@/lib/pages/queries'
import { listAllPublishedSlugs, listCategories } from '@/lib/posts/queries'
import { absoluteUrl, paths } from '@/lib/site'

export const revalidate = 60

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [posts, categories, pages] = await Promise.all([listAllPublishedSlugs(), listCategories(), listPublishedPages()])
  await tagPage(tags.postLists, tags.categories, tags.pages)
  // A slug change must refresh the sitemap too; tags are registered in batches (Next allows 128 per call).
  for (let i = 0; i < posts.length; i += 100) await tagPage(...posts.slice(i, i + 100).map((p) => tags.post(p.id)))
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    ...categories.map((c) => ({ url: absoluteUrl(paths.category(c.slug)), changeFrequency: 'daily' as const, priority: 0.8 })),
    ...pages.map((p) => ({ url: absoluteUrl(`/${p.slug}`), lastModified: p.updatedAt, priority: 0.7 })),
    ...posts.map((p) => ({ url: absoluteUrl(paths.post(p.slug)), lastModified: p.updatedAt, priority: 0.6 })),
  ]
}
