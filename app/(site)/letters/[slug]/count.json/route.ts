import { db } from '@/lib/db/client'
import { letterCounts } from '@/lib/letters/queries'
import { parseSlug } from '@/lib/validation/route-params'

export const dynamic = 'force-dynamic'

// Public: the count only. Pages showing a letter are cached; its count is brought up to date
// from here in the browser.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const letter = slug ? await db.letterAction.findFirst({ where: { slug, status: { not: 'draft' } }, select: { id: true, slug: true, status: true } }) : null
  const headers = { 'cache-control': 'public, max-age=5, s-maxage=5, stale-while-revalidate=30' }
  if (!letter) return Response.json({ error: 'There is no letter action at this address.' }, { status: 404, headers })
  const count = (await letterCounts([letter.id])).get(letter.id) ?? 0
  return Response.json({ slug: letter.slug, status: letter.status, count }, { headers })
}
