import { site } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm sm:grid-cols-3">
        <div>
          <p className="font-bold">{site.name}</p>
          <p className="mt-1 text-muted">{site.tagline}</p>
        </div>
        <div>
          <p className="font-bold">Contact</p>
          <ul className="mt-1 space-y-1">
            <li>
              <a href="/contact" className="underline">
                Write to us
              </a>
            </li>
            <li>
              <a href={`mailto:${site.contactEmail}`} className="underline">
                {site.contactEmail}
              </a>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-bold">Follow</p>
          <ul className="mt-1 space-y-1">
            <li>
              <a href="/feed.xml" className="underline">
                RSS feed
              </a>
            </li>
            <li>
              <a href="/atom.xml" className="underline">
                Atom feed
              </a>
            </li>
          </ul>
        </div>
      </div>
      <p className="pb-6 text-center text-xs text-muted">Made with Placard, open-source campaign software. No trackers, no third-party scripts.</p>
    </footer>
  )
}
