import type { Metadata } from 'next'
import Link from 'next/link'
import { firstParam } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Your data is erased', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const count = (raw: string | undefined) => (raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 0)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

// Where the erasure link's button leads (app/api/signatures/erase).
export default async function ErasedPage({ searchParams }: Props) {
  const params = await searchParams
  const signatures = count(firstParam(params.signatures))
  const petitions = count(firstParam(params.petitions))
  return (
    <section aria-labelledby="erased-heading" className="max-w-xl">
      <h1 id="erased-heading" className="text-3xl font-extrabold">
        {signatures ? 'Your data is erased' : 'Nothing left to erase'}
      </h1>
      <p className="mt-3 text-lg">
        {signatures
          ? `We erased your name, email address and everything else you gave us from ${plural(signatures, 'signature')} on ${plural(petitions, 'petition')}. They no longer count, and no more emails will reach you from this site.`
          : 'This site no longer holds your name or email address. Nothing more to do.'}
      </p>
      <p className="mt-3 text-muted">Only a scrambled fingerprint of your address is kept, so that it is never counted twice.</p>
      <p className="mt-4">
        <Link href="/petitions" className="font-semibold underline">
          See all petitions
        </Link>
      </p>
    </section>
  )
}
