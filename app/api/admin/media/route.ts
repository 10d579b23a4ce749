import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/admin-action'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser, requesterIpHash, type CurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { listMedia, toMediaJson } from '@/lib/media/library'
import { mediaQuerySchema, type ListReply, type UploadReply } from '@/lib/media/schemas'
import { readUploadForm } from '@/lib/media/upload-form'
import { storeUpload } from '@/lib/media/upload'

// The media library's HTTP side, for the uploader and the post editor's picker. A route
// handler rather than a server action because uploads are up to 20 MB (server actions stop at
// 1 MB) and the uploader wants progress. It is a public endpoint like any other, so it checks
// the session and the permission itself, and answers every failure as `{ ok: false, message }`.

export const dynamic = 'force-dynamic'

const PICKER_PAGE_SIZE = 24

type Reply = UploadReply | ListReply

function reply(status: number, body: Reply) {
  // Personal answers: no browser or proxy may keep one.
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })
}

async function mediaEditor(): Promise<CurrentUser | Response> {
  const user = await getCurrentUser()
  if (!user) return reply(401, { ok: false, message: NOT_SIGNED_IN })
  if (!can(user, 'media.write')) return reply(403, { ok: false, message: NOT_ALLOWED })
  return user
}

function failure(error: unknown, context: string, message: string) {
  if (error instanceof AppError) return reply(422, { ok: false, message: error.message })
  console.error(`[placard] ${context} failed:`, error)
  return reply(500, { ok: false, message })
}

/** Upload one image: multipart field `file`, optional `alt`, `caption`, `credit`. */
export async function POST(request: Request) {
  try {
    const user = await mediaEditor()
    if (user instanceof Response) return user
    const form = await readUploadForm(request)
    if (!form.ok) return reply(form.status, { ok: false, message: form.message })
    const outcome = await storeUpload({ ...form, actor: user, ipHash: await requesterIpHash() })
    if (!outcome.ok) return reply(422, outcome)
    return reply(201, { ok: true, media: toMediaJson(outcome.media) })
  } catch (error) {
    return failure(error, 'media upload', 'Something went wrong on our side and the image was not saved. Please try again in a minute.')
  }
}

/** Recent uploads for the picker; `?q=` searches names, alt text and captions, `?page=` pages. */
export async function GET(request: Request) {
  try {
    const user = await mediaEditor()
    if (user instanceof Response) return user
    const params = new URL(request.url).searchParams
    const query = mediaQuerySchema.parse({ q: params.get('q') ?? undefined, page: params.get('page') ?? undefined })
    const { items, hasMore } = await listMedia(query, PICKER_PAGE_SIZE)
    return reply(200, { ok: true, items, hasMore })
  } catch (error) {
    return failure(error, 'media list', 'The media library couldn’t be loaded just now. Please try again in a minute.')
  }
}
