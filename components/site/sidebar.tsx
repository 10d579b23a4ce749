import { DonateBox } from '@/components/donations/donate-box'
import { FeaturedPetition } from '@/components/petition/featured-petition'
import type { Donations } from '@/lib/donations/settings'
import type { PetitionNumbers, PublicPetition } from '@/lib/petitions/queries'
import { paths } from '@/lib/paths'

type Props = {
  categories: { id: string; name: string; slug: string; description: string }[]
  featured: { petition: PublicPetition; numbers: PetitionNumbers } | null
  donations?: Donations | null
}

export function Sidebar({ categories, featured, donations }: Props) {
  return (
    <aside aria-label="Sidebar" className="space-y-8 text-sm">
      {featured ? <FeaturedPetition petition={featured.petition} numbers={featured.numbers} /> : null}
      {donations?.showInSidebar ? <DonateBox donations={donations} /> : null}
      <section aria-labelledby="sidebar-categories">
        <h2 id="sidebar-categories" className="mb-2 text-xs font-bold tracking-widest text-muted uppercase">
          Categories
        </h2>
        <ul className="space-y-3">
          {categories.map((c) => (
            <li key={c.id}>
              <a href={paths.category(c.slug)} className="font-semibold underline underline-offset-2">
                {c.name}
              </a>
              {c.description ? <p className="text-muted">{c.description}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sidebar-more">
        <h2 id="sidebar-more" className="mb-2 text-xs font-bold tracking-widest text-muted uppercase">
          More
        </h2>
        <ul className="space-y-2">
          <li>
            <a href="/petitions" className="underline underline-offset-2">
              All petitions
            </a>
          </li>
          <li>
            <a href="/days-of-action" className="underline underline-offset-2">
              Days of action
            </a>
          </li>
          <li>
            <a href="/archive" className="underline underline-offset-2">
              Archive by month
            </a>
          </li>
          <li>
            <a href="/search" className="underline underline-offset-2">
              Search
            </a>
          </li>
          <li>
            <a href="/feed.xml" className="underline underline-offset-2">
              RSS feed
            </a>
          </li>
        </ul>
      </section>
    </aside>
  )
}
