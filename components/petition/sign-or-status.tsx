import { PetitionStatusNote } from '@/components/petition/petition-status-note'
import { SignForm } from '@/components/petition/sign-form'
import { countryOptions } from '@/lib/petitions/countries'
import type { PublicPetition } from '@/lib/petitions/queries'
import type { SignFlash } from '@/lib/http/flash'

// The sign form while a petition is open; afterwards, why it no longer takes signatures.
export function SignOrStatus({ petition, initial, idPrefix }: { petition: PublicPetition; initial?: SignFlash | null; idPrefix?: string }) {
  return petition.status === 'open' ? (
    <SignForm slug={petition.slug} countries={countryOptions()} initial={initial} idPrefix={idPrefix} />
  ) : (
    <PetitionStatusNote petition={petition} />
  )
}
