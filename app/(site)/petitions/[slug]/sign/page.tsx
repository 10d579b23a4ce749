import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { SignOrStatus } from '@/components/petition/sign-or-status'
import { getPetitionBySlug } from '@/lib/petitions/queries'
import { decodeFlash, FLASH_COOKIE } from '@/lib/http/flash'
import { parseSlug } from '@/lib/validation/route-params'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Sign the petition', robots: { index: false } }

// Where a plain form post (no JavaScript) lands when it needs an answer other than "check your
// email": the form again with its messages, or "already signed" with a resend button.
export default async function SignAnswerPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const petition = slug ? await getPetitionBySlug(slug) : null
  if (!petition) notFound()
  const flash = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value)
  return (
    <section aria-labelledby="sign-heading">
      <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">Petition</p>
      <h1 id="sign-heading" className="mt-1 font-serif text-3xl font-bold">
        {petition.title}
      </h1>
      <p className="mt-2">
        <a href={paths.petition(petition.slug)} className="underline">
          Back to the petition
        </a>
      </p>
      <div className="mt-6 rounded-xl border-2 border-accent/40 bg-white p-5">
        <SignOrStatus petition={petition} initial={flash} />
      </div>
    </section>
  )
}
