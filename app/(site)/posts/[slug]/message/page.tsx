import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { MessageForm } from '@/components/solidarity/message-form'
import { decodeFlash, FLASH_COOKIE, type FormFlash } from '@/lib/http/flash'
import { getPublishedPostBySlug } from '@/lib/posts/queries'
import { paths } from '@/lib/paths'
import { parseSlug } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Send a message of solidarity', robots: { index: false } }

// Where a plain form post of a solidarity message comes back when it needs correcting: the form
// again, with the answer and what was typed (from the flash cookie). Not cached: it is personal.
export default async function MessageFormPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const post = slug ? await getPublishedPostBySlug(slug) : null
  if (!post) notFound()
  const flash = decodeFlash<FormFlash>((await cookies()).get(FLASH_COOKIE)?.value)
  return (
    <section aria-labelledby="message-heading" className="max-w-2xl">
      <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">Message of solidarity</p>
      <h1 id="message-heading" className="mt-1 font-serif text-3xl font-bold">
        {post.title}
      </h1>
      <p className="mt-2">
        <a href={paths.post(post.slug)} className="underline">
          Back to the appeal
        </a>
      </p>
      <div className="mt-6 rounded-xl border-2 border-accent/40 bg-white p-5">
        <MessageForm slug={post.slug} flash={flash} />
      </div>
    </section>
  )
}
