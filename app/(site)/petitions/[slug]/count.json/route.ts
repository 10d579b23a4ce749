import { getPetitionBySlug, getPetitionNumbers } from '@/lib/petitions/queries'
import { parseSlug } from '@/lib/validation/route-params'

export const dynamic = 'force-dynamic'

// Public: the numbers only (no names, no emails), for embedding anywhere.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const petition = slug ? await getPetitionBySlug(slug) : null
  const headers = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=5, s-maxage=5, stale-while-revalidate=30' }
  if (!petition) return Response.json({ error: 'There is no petition at this address.' }, { status: 404, headers })
  const numbers = await getPetitionNumbers(petition)
  return Response.json(
    {
      slug: petition.slug,
      title: petition.title,
      status: petition.status,
      count: numbers.count,
      paper: numbers.paper,
      goal: numbers.goal,
      byCountry: Object.fromEntries(numbers.byCountry.map((c) => [c.code, c.count])),
      updatedAt: new Date().toISOString(),
    },
    { headers },
  )
}
