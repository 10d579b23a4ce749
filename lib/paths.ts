// Where each page of the site lives, in one place: links, redirects, feeds, sitemaps and emails
// build addresses from here, never by hand, so a moved page is one edit. No server imports: the
// browser's forms use it too. Absolute addresses: absoluteUrl() in lib/site.ts.

const petition = (slug: string) => `/petitions/${slug}`

export const paths = {
  post: (slug: string) => `/posts/${slug}`,
  petition,
  /** The page a signer lands on after signing, confirming or withdrawing (thanks, confirmed…). */
  /** The sign form on a page of its own: where a plain form post's answer is shown. */
  petitionSign: (slug: string) => `${petition(slug)}/sign`,
  petitionDone: (slug: string, outcome: string) => `${petition(slug)}/done/${outcome}`,
  petitionCount: (slug: string) => `${petition(slug)}/count.json`,
  petitionSheetPdf: (slug: string) => `${petition(slug)}/sheet.pdf`,
  signApi: (slug: string) => `/api/petitions/${slug}/signatures`,
  resendApi: (slug: string) => `/api/petitions/${slug}/resend`,
  adminPetition: (id: string) => `/admin/petitions/${id}`,
  previewPetition: (id: string) => `/preview/petitions/${id}`,
  letter: (slug: string) => `/letters/${slug}`,
  category: (slug: string) => `/category/${slug}`,
  author: (slug: string) => `/author/${slug}`,
  actionDay: (slug: string) => `/days-of-action/${slug}`,
  month: (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, '0')}`,
  page: (base: string, page: number) => (page <= 1 ? base || '/' : `${base}/page/${page}`),
}
