import { newChallenge } from '@/lib/signatures/proof-of-work'

export const dynamic = 'force-dynamic'

// Public: a fresh proof-of-work challenge for the sign form. Never cached: each one is new.
export async function GET() {
  return Response.json(await newChallenge(), { headers: { 'cache-control': 'no-store' } })
}
