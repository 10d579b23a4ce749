import type { Metadata } from 'next'
import { LinkAnswer } from '@/components/site/link-problem'
import { counted } from '@/lib/format'
import { firstParam } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Your data is erased', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const count = (raw: string | undefined) => (raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 0)

// Where the erasure link's button leads (app/api/signatures/erase).
export default async function ErasedPage({ searchParams }: Props) {
  const params = await searchParams
  const signatures = count(firstParam(params.signatures))
  const petitions = count(firstParam(params.petitions))
  // Supporter entries, messages and protests: deleted outright, nothing of them is kept.
  const entries = count(firstParam(params.entries))
  if (!signatures && entries)
    return (
      <LinkAnswer
        title="Your data is erased"
        text={`We deleted ${entries === 1 ? 'what you sent us' : `the ${entries} things you sent us`} with your name and email address. No more emails will reach you from this site.`}
      />
    )
  return signatures ? (
    <LinkAnswer
      title="Your data is erased"
      text={`We erased your name, email address and everything else you gave us from ${counted(signatures, 'signature')} on ${counted(petitions, 'petition')}. They no longer count, and no more emails will reach you from this site. Only a scrambled fingerprint of your address is kept, so that it is never counted twice.`}
    />
  ) : (
    <LinkAnswer title="Nothing left to erase" text="This site no longer holds your name or email address. Nothing more to do." />
  )
}
