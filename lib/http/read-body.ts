// Reads a form or JSON body into a plain object, refusing anything over the size limit.

export const MAX_BODY_BYTES = 16 * 1024

export type BodyResult =
  | { ok: true; mode: 'json' | 'form'; data: Record<string, unknown> }
  | { ok: false; status: 413 | 415 | 400; message: string }

export async function readBody(request: Request): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const mode = type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data' ? 'form' : null
  if (!mode) return { ok: false, status: 415, message: 'Send the form as JSON or as a normal form post.' }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return tooLarge()
  const buffer = await request.arrayBuffer()
  if (buffer.byteLength > MAX_BODY_BYTES) return tooLarge()
  try {
    if (mode === 'json') {
      const data: unknown = JSON.parse(new TextDecoder().decode(buffer))
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object')
      return { ok: true, mode, data: data as Record<string, unknown> }
    }
    if (type === 'multipart/form-data') {
      const form = await new Response(buffer, { headers: { 'content-type': request.headers.get('content-type')! } }).formData()
      return { ok: true, mode, data: Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) }
    }
    return { ok: true, mode, data: Object.fromEntries(new URLSearchParams(new TextDecoder().decode(buffer))) }
  } catch {
    return { ok: false, status: 400, message: 'The form data could not be read. Please reload the page and try again.' }
  }
}

function tooLarge(): BodyResult {
  return { ok: false, status: 413, message: `The form is too large (at most ${MAX_BODY_BYTES / 1024} KB). Please shorten your comment.` }
}
