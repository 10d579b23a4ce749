// Every address a WordPress site answered for one thing, and where Placard answers it now. No
// server imports. WordPress sites pick one permalink structure, but the export only shows the
// one in use (<link>), and links written before a change of structure still circulate:
// WordPress itself answers all of these for a post.

export type OldAddress = { from: string; to: string }

/** "/blog" for a site at https://example.org/blog, "" at the root. */
export function basePathOf(site: string): string {
  try {
    return new URL(site).pathname.replace(/\/+$/, '')
  } catch {
    return ''
  }
}

/** Path and query of a URL on the WordPress site itself; null for another host. */
export function onSite(url: string, site: string): string | null {
  try {
    const parsed = new URL(url.trim())
    if (parsed.host !== new URL(site).host) return null
    return parsed.pathname + parsed.search
  } catch {
    return null
  }
}

type ItemFacts = { kind: 'post' | 'page'; base: string; site: string; wpId: string; wpSlug: string; date: string; link: string; guid: string }

/** A post's or a page's old addresses: its own link and guid, /?p=, and each permalink structure. */
export function itemAddresses(item: ItemFacts, to: string): OldAddress[] {
  const { base, wpId, wpSlug } = item
  const froms = [onSite(item.link, item.site), onSite(item.guid, item.site), `${base}/?p=${wpId}`]
  if (item.kind === 'page') froms.push(`${base}/?page_id=${wpId}`)
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(item.date)
  if (wpSlug) {
    froms.push(`${base}/${wpSlug}/`)
    if (item.kind === 'post' && day) {
      const [, y, m, d] = day
      froms.push(`${base}/${y}/${m}/${d}/${wpSlug}/`, `${base}/${y}/${m}/${wpSlug}/`, `${base}/${y}/${wpSlug}/`)
    }
  }
  if (item.kind === 'post') froms.push(`${base}/archives/${wpId}/`)
  return froms.filter((from): from is string => Boolean(from)).map((from) => ({ from, to }))
}

/** WordPress's author address slug (user_nicename) as it makes it from a login. */
export function nicename(login: string): string {
  return login
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The pages WordPress made of a list of `count` posts, at its default 10 a page: 2 … n. */
export function pageNumbers(count: number, perPage = 10): number[] {
  const last = Math.ceil(count / perPage)
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => i + 2)
}
