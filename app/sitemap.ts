import type { MetadataRoute } from 'next'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { listPublishedDays } from '@/lib/action-days/queries'
import { listPublishedPages } from '@/lib/pages/queries'
import { listPublicPetitions } from '@/lib/petitions/queries'
import { listAllPublishedSlugs, listCategories } from '@/lib/posts/queries'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'

export const revalidate = 60

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [posts, categories, pages, petitions] = await Promise.all([listAllPublishedSlugs(), listCategories(), listPublishedPages(), listPublicPetitions()])
  await tagPage(tags.postLists, tags.categories, tags.pages, tags.petitions)
  // A slug change must refresh the sitemap too; tags are registered in batches (Next allows 128 per call).
  const itemTags = [...posts.map((p) => tags.post(p.id)), ...petitions.map((p) => tags.petition(p.id))]
  for (let i = 0; i < itemTags.length; i += 100) await tagPage(...itemTags.slice(i, i + 100))
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    ...categories.map((c) => ({ url: absoluteUrl(paths.category(c.slug)), changeFrequency: 'daily' as const, priority: 0.8 })),
    { url: absoluteUrl('/petitions'), changeFrequency: 'daily' as const, priority: 0.8 },
    // Open petitions first: they are the ones a campaign wants found.
    ...petitions.map((p) => ({ url: absoluteUrl(paths.petition(p.slug)), lastModified: p.updatedAt, priority: p.status === 'open' ? 0.9 : 0.5 })),
    ...pages.map((p) => ({ url: absoluteUrl(`/${p.slug}`), lastModified: p.updatedAt, priority: 0.7 })),
    ...posts.map((p) => ({ url: absoluteUrl(paths.post(p.slug)), lastModified: p.updatedAt, priority: 0.6 })),
    ...(await actionEntries()),
  ]
}

/** The donate page and the days of action (issue #11). */
async function actionEntries(): Promise<MetadataRoute.Sitemap> {
  const days = await listPublishedDays()
  await tagPage(tags.actionDays, tags.donations)
  return [
    { url: absoluteUrl('/donate'), priority: 0.7 },
    { url: absoluteUrl('/days-of-action'), changeFrequency: 'weekly', priority: 0.6 },
    ...days.map((d) => ({ url: absoluteUrl(paths.actionDay(d.slug)), priority: 0.7 })),
  ]
}
