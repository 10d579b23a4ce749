import { LiveProgress } from '@/components/petition/live-progress'
import { SignOrStatus } from '@/components/petition/sign-or-status'
import type { PetitionNumbers, PublicPetition } from '@/lib/petitions/queries'
import { paths } from '@/lib/paths'

// The full sign box, as it stands on the petition page and inside any post that names it.
export function PetitionBox({ petition, numbers, headingLevel = 2 }: { petition: PublicPetition; numbers: PetitionNumbers; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const formId = `sign-${petition.slug}`
  return (
    <section aria-labelledby={`${formId}-heading`} className="rounded-xl border-2 border-accent/40 bg-white p-5 font-sans text-base shadow-sm">
      <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">Petition</p>
      <Heading id={`${formId}-heading`} className="mt-1 text-xl font-extrabold">
        <a href={paths.petition(petition.slug)} className="text-ink hover:underline">
          {petition.title}
        </a>
      </Heading>
      <p className="mt-1 text-sm text-muted">To: {petition.target}</p>
      <div className="mt-4">
        <LiveProgress slug={petition.slug} count={numbers.count} goal={numbers.goal} paper={numbers.paper} />
      </div>
      <div className="mt-5">
        <SignOrStatus petition={petition} idPrefix={formId} />
      </div>
    </section>
  )
}
