import { rm } from 'node:fs/promises'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser, requesterIpHash, type CurrentUser } from '@/lib/auth/session'
import { REFUSALS, type RefusalCode, type StartReply, type StatusReply } from '@/lib/validation/wordpress-import'
import { receiveExport } from '@/lib/wordpress/export-upload'
import { failAbandonedRuns, getActiveRun, getImportRun, startImportRun, toImportRunJson } from '@/lib/wordpress/import-runs'

// The import screen's HTTP side (/admin/import). POST takes a WordPress export as a form upload,
// streamed to disk, and queues the import for the worker; GET ?run=<id> is what the screen polls
// while it runs. A route handler, not a server action: server actions stop at 1 MB and an
// export is up to 250 MB. Admins only, checked here. The upload form works without JavaScript:
// a browser's own form post (asking for a page) is answered with a 303 back to the screen (a
// refusal as a code the screen turns into words); the script on the screen gets JSON.

export const dynamic = 'force-dynamic'

const SCREEN = '/admin/import'

/** A browser's own form post asks for a page; the screen's script and other clients get JSON. */
function wantsPage(request: Request) {
  const accept = request.headers.get('accept') ?? ''
  return accept.includes('text/html') && !accept.includes('application/json')
}

function reply(request: Request, status: number, body: StartReply | StatusReply, code?: RefusalCode) {
  const headers = { 'cache-control': 'private, no-store' }
  if (wantsPage(request) && request.method === 'POST') {
    const location = body.ok && 'runId' in body ? `${SCREEN}?run=${body.runId}` : `${SCREEN}?refused=${code ?? 'unavailable'}`
    return new Response(null, { status: 303, headers: { ...headers, location } })
  }
  return Response.json(body, { status, headers })
}

async function importer(request: Request): Promise<CurrentUser | Response> {
  const user = await getCurrentUser()
  if (!user) return reply(request, 401, { ok: false, message: NOT_SIGNED_IN }, 'not-allowed')
  if (!can(user, 'wordpress.import')) return reply(request, 403, { ok: false, message: NOT_ALLOWED }, 'not-allowed')
  return user
}

const refuse = (request: Request, status: number, code: RefusalCode) => reply(request, status, { ok: false, message: REFUSALS[code] }, code)

/** Start an import: multipart field `file` (the .xml export), optional `dryRun` and `signaturePetition` (a petition's slug). */
export async function POST(request: Request) {
  try {
    const user = await importer(request)
    if (user instanceof Response) return user
    // Refused before a byte of a 200 MB upload is read.
    await failAbandonedRuns()
    if (await getActiveRun()) return refuse(request, 409, 'busy')
    const upload = await receiveExport(request)
    if (!upload.ok) return reply(request, upload.status, { ok: false, message: upload.message }, upload.code)
    const outcome = await startImportRun(upload, upload.fields, user, await requesterIpHash()).catch(async (error: unknown) => {
      await rm(upload.path, { force: true })
      throw error
    })
    if (!outcome.ok) {
      await rm(upload.path, { force: true })
      return refuse(request, outcome.code === 'busy' ? 409 : 422, outcome.code)
    }
    const { run } = outcome
    const message = `“${run.fileName}” is uploaded; the import ${run.dryRun ? '(a dry run) ' : ''}starts in a moment.`
    return reply(request, 202, { ok: true, runId: run.id, message })
  } catch (error) {
    console.error('[placard] WordPress import upload failed:', error)
    return refuse(request, 500, 'unavailable')
  }
}

/** One run, for the screen's progress bar: ?run=<id>. */
export async function GET(request: Request) {
  try {
    const user = await importer(request)
    if (user instanceof Response) return user
    await failAbandonedRuns()
    const run = await getImportRun(new URL(request.url).searchParams.get('run') ?? '')
    if (!run) return reply(request, 404, { ok: false, message: 'There is no such import. Reload the page.' })
    return reply(request, 200, { ok: true, run: toImportRunJson(run) })
  } catch (error) {
    console.error('[placard] WordPress import status failed:', error)
    return reply(request, 500, { ok: false, message: 'The import’s progress couldn’t be read just now; the page will try again.' })
  }
}
