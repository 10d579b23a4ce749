import { PetitionProgress } from '@/components/petition/progress'
import type { PetitionNumbers, PublicPetition } from '@/lib/petitions/queries'
import { paths } from '@/lib/paths'

// "Sign the Petition" in the sidebar of every page.
export function FeaturedPetition({ petition, numbers }: { petition: PublicPetition; numbers: PetitionNumbers }) {
  return (
    <section aria-labelledby="featured-petition-heading" className="rounded-xl border-2 border-accent/50 bg-white p-4">
      <h2 id="featured-petition-heading" className="text-xs font-bold tracking-widest text-accent-dark uppercase">
        Sign the Petition
      </h2>
      <p className="mt-2 font-serif text-lg leading-snug font-bold">
        <a href={paths.petition(petition.slug)} className="text-ink hover:underline">
          {petition.title}
        </a>
      </p>
      <div className="mt-3">
        <PetitionProgress count={numbers.count} goal={numbers.goal} compact />
      </div>
      <a
        href={`${paths.petition(petition.slug)}#sign`}
        className="mt-3 flex min-h-11 items-center justify-center rounded-md bg-accent-dark px-4 font-semibold text-white hover:bg-accent"
      >
        Sign now
      </a>
    </section>
  )
}
