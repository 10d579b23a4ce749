import { recordAudit } from '@/lib/audit/record'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/messages'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser, requesterIpHash } from '@/lib/auth/session'
import { db } from '@/lib/db/client'
import { readBody } from '@/lib/http/read-body'
import { viaPrisma } from '@/lib/privacy/erasure'
import { describeCounts, findSubject, subjectOf } from '@/lib/privacy/subject-access'
import { refuse } from '@/lib/signatures/export-request'
import { subjectRequestSchema } from '@/lib/validation/privacy'

// "Download as JSON" on the subject-access screen: every field the site holds about one address
// (lib/privacy/subject-sources.ts), as a file to send to the person who asked. A POST, so the
// address never appears in a URL. A public endpoint like any other: it checks the session and
// the permission itself, before reading anything.

export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  try {
    const user = await getCurrentUser()
    if (!user) return refuse(401, NOT_SIGNED_IN)
    if (!can(user, 'privacy.manage')) return refuse(403, NOT_ALLOWED)
    const body = await readBody(request)
    if (!body.ok) return refuse(body.status, body.message)
    const parsed = subjectRequestSchema.safeParse(body.data)
    if (!parsed.success) return refuse(422, parsed.error.issues[0]?.message ?? 'Type a whole email address, like rosa@example.org.')
    const report = await db.$transaction(async (tx) => {
      const found = await findSubject(viaPrisma(tx), subjectOf(parsed.data.email))
      await recordAudit(
        tx,
        { id: user.id, label: user.email },
        { action: 'privacy.export', entityType: 'email-key', entityId: found.reference, summary: describeCounts(found) },
        await requesterIpHash(),
      )
      return found
    })
    return new Response(JSON.stringify(report, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="placard-subject-access-${report.generatedAt.slice(0, 10)}.json"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  } catch (error) {
    console.error('[placard] subject-access export failed:', error)
    return refuse(503, 'The download couldn’t be made just now. Please try again in a minute.')
  }
}
