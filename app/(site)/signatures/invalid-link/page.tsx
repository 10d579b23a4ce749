import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'This link doesn’t work', robots: { index: false } }

export default function InvalidLinkPage() {
  return (
    <section aria-labelledby="invalid-heading" className="max-w-xl">
      <h1 id="invalid-heading" className="text-3xl font-extrabold">
        This link doesn’t work
      </h1>
      <p className="mt-3 text-lg">
        The link may have been cut short by your email program. Copy the whole address from the email into your browser, or sign the petition again with the
        same email address to get a new link.
      </p>
      <p className="mt-4">
        <Link href="/petitions" className="font-semibold underline">
          See all petitions
        </Link>
      </p>
    </section>
  )
}
