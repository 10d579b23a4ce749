import 'server-only'
import { db } from '@/lib/db/client'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/posts/search-markers'
import { PAGE_SIZE, type Page } from '@/lib/posts/types'

// Full-text search over published posts (title, excerpt and body) with PostgreSQL's
// websearch syntax: plain words, "quoted phrases", OR, and -exclusions all work.

export type SearchHit = {
  id: string
  slug: string
  title: string
  titleHighlighted: string
  snippet: string
  publishedAt: string
  authorName: string
}

type Row = {
  id: string
  slug: string
  title: string
  title_hl: string
  snippet: string
  published_at: Date
  author_name: string
  total: number
}

export async function searchPosts(query: string, page: number, pageSize = PAGE_SIZE): Promise<Page<SearchHit>> {
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`
  const titleOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query)
    SELECT p.id, p.slug, p.title, p.published_at, COALESCE(p.byline, u.name) AS author_name,
           ts_headline('english', p.title, q.query, ${titleOptions}) AS title_hl,
           ts_headline('english', regexp_replace(p.excerpt || ' ' || p.body_html, '<[^>]*>', ' ', 'g'), q.query, ${options}) AS snippet,
           COUNT(*) OVER ()::int AS total
    FROM posts p JOIN users u ON u.id = p.author_id, q
    WHERE p.status = 'published' AND p.search @@ q.query
    ORDER BY ts_rank_cd(p.search, q.query) DESC, p.published_at DESC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`
  const total = rows[0]?.total ?? (page > 1 ? await countMatches(query) : 0)
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      titleHighlighted: r.title_hl,
      snippet: decodeEntities(r.snippet),
      publishedAt: r.published_at.toISOString(),
      authorName: r.author_name,
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  }
}

async function countMatches(query: string) {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT COUNT(*)::int AS total FROM posts
    WHERE status = 'published' AND search @@ websearch_to_tsquery('english', ${query})`
  return row?.total ?? 0
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ', apos: "'" }

/** Snippets come from stored HTML; they are rendered as text, so entities must be decoded. */
function decodeEntities(text: string) {
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ')
    .trim()
}
