import { CopyLinkButton } from '@/components/site/copy-link-button'
import { shareLinks } from '@/lib/share-links'

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-10 rounded-lg border border-line bg-white p-5">
      <h2 id="share-heading" className="text-lg font-bold">
        Share this with your friends
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              target={link.network === 'email' ? undefined : '_blank'}
              rel="noopener noreferrer"
              className="inline-flex min-h-11 items-center rounded-md border border-line px-3 font-medium text-ink hover:border-accent hover:text-accent-dark"
            >
              {link.label}
              {link.network === 'email' ? null : <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <CopyLinkButton url={url} />
      </div>
    </section>
  )
}
