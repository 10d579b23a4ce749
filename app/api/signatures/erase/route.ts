import { z } from 'zod'
import { readBody } from '@/lib/http/read-body'
import { seeOther, unavailable } from '@/lib/http/reply'
import { eraseByLink } from '@/lib/privacy/erase-link'

// Public: a person presses "Erase everything" on the page the erasure link in their email
// opened (app/(site)/signatures/erase). A token that fails the check erases nothing and is sent
// back to that page, which answers it with a 404 saying the link doesn't work.

const schema = z.object({ token: z.string().min(1).max(200) })

export async function POST(request: Request) {
  const body = await readBody(request)
  const parsed = body.ok ? schema.safeParse(body.data) : null
  if (!parsed?.success) return seeOther('/signatures/erase')
  try {
    const outcome = await eraseByLink(parsed.data.token)
    if (outcome.kind === 'erased') {
      const { signatures, petitions, entries } = outcome
      const counts = { signatures: String(signatures), petitions: String(petitions), ...(entries ? { entries: String(entries) } : {}) }
      return seeOther(`/signatures/erase/done?${new URLSearchParams(counts)}`)
    }
    if (outcome.kind === 'already-erased') return seeOther('/signatures/erase/done')
    return seeOther(`/signatures/erase?${new URLSearchParams({ token: parsed.data.token })}`)
  } catch (error) {
    console.error('[placard] erasing by link failed:', error)
    return unavailable('We couldn’t erase your data just now. Nothing was changed. Please try again in a minute.')
  }
}
