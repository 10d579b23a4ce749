import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LinkAnswer } from '@/components/site/link-problem'
import { readEraseLink } from '@/lib/privacy/erase-link'
import { firstParam } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Erase your data', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// The erasure link in every email to a signer. Opening it only shows what would be erased; the
// button erases (a POST, so a mail scanner that follows links erases nobody). Works without
// JavaScript or sign-in. A forged, cut-short or expired link is a 404 (./not-found.tsx).
export default async function ErasePage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token)?.slice(0, 200) ?? ''
  const link = token ? await readEraseLink(token) : ({ kind: 'invalid-link' } as const)
  if (link.kind === 'invalid-link' || link.kind === 'expired') notFound()
  if (link.kind === 'already-erased') {
    return <LinkAnswer title="Already erased" text="This site no longer holds your name or email address. Nothing more to do." />
  }
  return (
    <section aria-labelledby="erase-heading" className="max-w-xl">
      <h1 id="erase-heading" className="text-3xl font-extrabold break-words">
        Erase everything this site holds about {link.email}?
      </h1>
      <p className="mt-3 text-lg">
        {link.petitionTitles.length === 0
          ? ''
          : link.petitionTitles.length === 1
            ? 'Your signature will be withdrawn. '
            : `Your ${link.petitionTitles.length} signatures will be withdrawn. `}
        Your name, email address, town, postcode, comments and messages will be erased, together with any emails still waiting to be sent to you. This can’t be
        undone.
      </p>
      {link.petitionTitles.length ? (
        <>
          <h2 className="mt-6 text-lg font-bold">You signed</h2>
          <ul className="mt-2 list-disc pl-6">
            {link.petitionTitles.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </>
      ) : null}
      {link.otherEntries.length ? (
        <>
          <h2 className="mt-6 text-lg font-bold">Also deleted</h2>
          <ul className="mt-2 list-disc pl-6">
            {link.otherEntries.map((entry, i) => (
              <li key={i}>{entry}</li>
            ))}
          </ul>
        </>
      ) : null}
      {link.petitionTitles.length ? (
        <p className="mt-4 text-muted">
          We keep only a scrambled fingerprint of your address (useless without the site’s secret key), so that it is never counted again: signing these
          petitions again with this address won’t be possible.
        </p>
      ) : null}
      <form method="post" action="/api/signatures/erase" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="min-h-11 rounded-md bg-ink px-5 font-semibold text-white hover:bg-black">
          Erase everything
        </button>
      </form>
    </section>
  )
}
