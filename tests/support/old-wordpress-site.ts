import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { SITE, wxrHead, wxrItem, wxrTail, type WxrPostSpec } from './wxr'

// A campaign's WordPress site, as its export and uploads folder, and the old links to it that
// circulate: every permalink form WordPress answers, with where Placard must send each. Shared
// by the integration test of the importer's redirects and the end-to-end test that follows them.

const UP = `${SITE}/wp-content/uploads`
const unionNews = { slug: 'union-news', name: 'Union news' }
// WordPress keeps non-Latin slugs percent-encoded ("события").
const EVENTS_SLUG = '%d1%81%d0%be%d0%b1%d1%8b%d1%82%d0%b8%d1%8f'
const events = { slug: EVENTS_SLUG, name: 'События', parent: 'union-news' }
const ASSEMBLY_SLUG = '%d1%81%d0%b2%d0%be%d0%b1%d0%be%d0%b4%d0%b0-%d1%81%d0%be%d0%b1%d1%80%d0%b0%d0%bd%d0%b8%d0%b9'

const items: WxrPostSpec[] = [
  {
    id: 700,
    date: '2013-07-15 14:30:00',
    dateGmt: '2013-07-15 08:30:00',
    title: 'rally',
    slug: 'rally',
    content: '',
    type: 'attachment',
    status: 'inherit',
    attachmentUrl: `${UP}/2013/07/rally.jpg`,
  },
  {
    id: 501,
    date: '2013-07-15 14:30:00',
    dateGmt: '2013-07-15 08:30:00',
    title: 'Free the union leaders',
    slug: 'free-the-union-leaders',
    content: `They have been in prison for a year.\n\n<img src="${UP}/2013/07/rally-300x200.jpg" alt="The rally" />`,
    author: 'maria.k',
    categories: [unionNews],
  },
  {
    id: 502,
    date: '2014-03-08 10:00:00',
    dateGmt: '2014-03-08 04:00:00',
    title: 'Свобода собраний',
    slug: ASSEMBLY_SLUG,
    content: 'Право каждого.',
    author: 'maria.k',
    categories: [events],
  },
  // Enough posts in one category for WordPress's second page of it (10 a page).
  ...Array.from({ length: 11 }, (_, i) => ({
    id: 510 + i,
    date: `2015-01-${String(i + 10)} 09:00:00`,
    dateGmt: `2015-01-${String(i + 10)} 03:00:00`,
    title: `Bulletin ${i + 1}`,
    slug: `bulletin-${i + 1}`,
    content: `Bulletin number ${i + 1}.`,
    author: 'maria.k',
    categories: [unionNews],
  })),
  {
    id: 600,
    date: '2012-01-01 10:00:00',
    dateGmt: '2012-01-01 04:00:00',
    title: 'Who we are',
    slug: 'who-we-are',
    link: `${SITE}/who-we-are/`,
    content: 'A campaign of trade unionists.',
    type: 'page',
  },
]

/** Writes export.xml and the uploads folder into dir; returns their paths. */
export async function writeOldWordpressSite(dir: string) {
  const uploads = path.join(dir, 'uploads')
  mkdirSync(path.join(uploads, '2013/07'), { recursive: true })
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4ed8' } })
    .jpeg()
    .toBuffer()
  writeFileSync(path.join(uploads, '2013/07/rally.jpg'), photo)
  const file = path.join(dir, 'export.xml')
  const head = wxrHead({ authors: [{ login: 'maria.k', email: 'maria.k@campaign.example.org', name: 'Maria Kovalenko' }], categories: [unionNews, events] })
  writeFileSync(file, head + items.map(wxrItem).join('') + wxrTail)
  return { file, uploads }
}

export type OldLink = { from: string; to: string | RegExp; title: RegExp | null }

const POST = { to: '/posts/free-the-union-leaders', title: /^Free the union leaders —/ }
const ASSEMBLY = { to: '/posts/svoboda-sobranii', title: /^Свобода собраний —/ }
const PAGE = { to: '/who-we-are', title: /^Who we are —/ }
const FILE = { to: /^\/media\/[a-f0-9]{24}\/\d+\.webp$/, title: null }

/** Every old address form, as people and browsers send it, and where it must lead. */
export const OLD_LINKS: OldLink[] = [
  { from: '/2013/07/free-the-union-leaders/', ...POST },
  { from: '/2013/07/free-the-union-leaders', ...POST },
  { from: '/2013/07/15/free-the-union-leaders/', ...POST },
  { from: '/2013/07/15/free-the-union-leaders', ...POST },
  { from: '/free-the-union-leaders/', ...POST },
  { from: '/free-the-union-leaders', ...POST },
  { from: '/?p=501', ...POST },
  { from: '/?p=501&replytocom=3', ...POST },
  { from: '/archives/501', ...POST },
  // A browser sends the Cyrillic slug in upper-case escapes; WordPress wrote lower-case ones.
  { from: `/2014/03/${ASSEMBLY_SLUG.toUpperCase()}/`, ...ASSEMBLY },
  { from: `/2014/03/08/${ASSEMBLY_SLUG}/`, ...ASSEMBLY },
  { from: '/?p=502', ...ASSEMBLY },
  { from: '/who-we-are/', ...PAGE },
  { from: '/?page_id=600', ...PAGE },
  { from: '/category/union-news/', to: '/category/union-news', title: /^Union news —/ },
  { from: `/category/union-news/${EVENTS_SLUG}/`, to: '/category/sobytiia', title: /^События —/ },
  { from: `/category/${EVENTS_SLUG}/`, to: '/category/sobytiia', title: /^События —/ },
  { from: '/category/union-news/page/2/', to: '/category/union-news/page/2', title: /^Union news, page 2 —/ },
  { from: '/category/union-news/feed/', to: '/category/union-news/feed.xml', title: null },
  { from: '/author/maria.k/', to: '/author/maria-kovalenko', title: /^Posts by Maria Kovalenko —/ },
  { from: '/author/maria-k/', to: '/author/maria-kovalenko', title: /^Posts by Maria Kovalenko —/ },
  { from: '/feed/', to: '/feed.xml', title: null },
  { from: '/feed/atom/', to: '/atom.xml', title: null },
  { from: '/comments/feed/', to: '/feed.xml', title: null },
  { from: '/comments/feed', to: '/feed.xml', title: null },
  { from: '/2013/07/', to: '/archive/2013/07', title: /^July 2013 —/ },
  { from: '/2013/07', to: '/archive/2013/07', title: /^July 2013 —/ },
  { from: '/2013/07/15/', to: '/archive/2013/07', title: /^July 2013 —/ },
  // Every day of a month with posts leads to the month.
  { from: '/2015/01/10/', to: '/archive/2015/01', title: /^January 2015 —/ },
  { from: '/2015/01/20/', to: '/archive/2015/01', title: /^January 2015 —/ },
  { from: '/2013/', to: '/archive#year-2013', title: /^Archive —/ },
  { from: '/page/2/', to: '/page/2', title: /^Latest posts, page 2 —/ },
  { from: '/wp-content/uploads/2013/07/rally.jpg', ...FILE },
  { from: '/wp-content/uploads/2013/07/rally-300x200.jpg', ...FILE },
  { from: '/?attachment_id=700', ...FILE },
]

/** Addresses that are Placard's own, or ordinary query strings: never redirected. */
export const NOT_REDIRECTED = [
  '/',
  '/?utm_source=newsletter',
  '/who-we-are',
  '/category/union-news',
  '/page/2',
  '/posts/free-the-union-leaders?ref=x',
  '/archive',
]
