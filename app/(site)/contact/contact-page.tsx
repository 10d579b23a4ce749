import { ContactForm } from '@/components/site/contact-form'
import { PostBody } from '@/components/site/post-body'
import type { SignFlash } from '@/lib/http/flash'
import { loadStandalonePage } from '@/lib/pages/page-page'
import { site } from '@/lib/site'

// The contact page and the page a plain form post comes back to share this. If editors publish a
// page with the address "contact", its text introduces the form.
export async function ContactPage({ initial, topic }: { initial?: SignFlash | null; topic?: string }) {
  const intro = await loadStandalonePage('contact')
  return (
    <article className="max-w-2xl">
      <header className="border-b-4 border-accent pb-5">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{intro?.title ?? 'Contact the campaign'}</h1>
      </header>
      {intro ? (
        <PostBody html={intro.bodyHtml} />
      ) : (
        <p className="mt-5 text-lg">
          Journalists, supporters and anyone who wants to help: write to us here and we answer by email. You can also write to{' '}
          <a href={`mailto:${site.contactEmail}`} className="underline">
            {site.contactEmail}
          </a>
          .
        </p>
      )}
      <div className="mt-6 rounded-xl border-2 border-accent/40 bg-white p-5">
        <ContactForm initial={initial} topic={topic} />
      </div>
    </article>
  )
}
