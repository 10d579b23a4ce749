import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { Sidebar } from '@/components/site/sidebar'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { getFeaturedPetition, getPetitionNumbers } from '@/lib/petitions/queries'
import { listNavPages } from '@/lib/pages/queries'
import { listCategories } from '@/lib/posts/queries'
import { loadDonations } from '@/lib/donations/donate-page'

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [categories, featured, pages, donations] = await Promise.all([listCategories(), getFeaturedPetition(), listNavPages(), loadDonations()])
  const featuredNumbers = featured ? await getPetitionNumbers(featured) : null
  await tagPage(tags.categories, tags.petitions, tags.pages)
  return (
    <>
      <SiteHeader categories={categories} pages={pages} />
      <div className="mx-auto grid max-w-6xl gap-10 px-4 pt-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none">
          {children}
        </main>
        <Sidebar
          categories={categories}
          featured={featured && featuredNumbers ? { petition: featured, numbers: featuredNumbers } : null}
          donations={donations}
        />
      </div>
      <SiteFooter />
    </>
  )
}
