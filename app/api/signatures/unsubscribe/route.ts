import { z } from 'zod'
import { CLIENT_IP_HEADER, hashIp, trustedClientIp } from '@/lib/http/client-ip'
import { readBody } from '@/lib/http/read-body'
import { seeOther, unavailable } from '@/lib/http/reply'
import { unsubscribe } from '@/lib/updates/unsubscribe'
import { paths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

// Public: the address in every update's List-Unsubscribe header. A mail program's one-click
// unsubscribe POSTs "List-Unsubscribe=One-Click" here (RFC 8058) and gets a plain answer; the
// button on /signatures/unsubscribe posts here too and is sent on to a page saying it is done.
// Opening the address in a browser (a GET) only leads to that page, never unsubscribes.

const tokenSchema = z.string().min(1).max(200)
const page = (query: string) => `/signatures/unsubscribe?${query}`

export async function GET(request: Request) {
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get('token'))
  return seeOther(token.success ? page(new URLSearchParams({ token: token.data }).toString()) : page('problem=invalid'))
}

export async function POST(request: Request) {
  const body = await readBody(request)
  const fields = body.ok ? body.data : {}
  const oneClick = fields['List-Unsubscribe'] === 'One-Click'
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get('token') ?? fields.token)
  try {
    const outcome = token.success
      ? await unsubscribe(token.data, hashIp(trustedClientIp(request.headers.get(CLIENT_IP_HEADER))))
      : ({ kind: 'invalid-link' } as const)
    if (oneClick) {
      const done = outcome.kind === 'unsubscribed' || outcome.kind === 'already-unsubscribed'
      const status = done ? 200 : outcome.kind === 'too-many-attempts' ? 429 : 400
      return new Response(done ? 'Unsubscribed: no more updates about this petition.' : 'This unsubscribe link does not work.', {
        status,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      })
    }
    if (outcome.kind === 'invalid-link') return seeOther(page('problem=invalid'))
    if (outcome.kind === 'too-many-attempts') return seeOther(page('problem=busy'))
    return seeOther(paths.petitionDone(outcome.petitionSlug, outcome.kind))
  } catch (error) {
    console.error('[placard] unsubscribing failed:', error)
    return unavailable('We couldn’t unsubscribe you just now. Please try again in a minute.')
  }
}
