// Reads a form or JSON body into a plain object, refusing anything over the size limit.

export const MAX_BODY_BYTES = 16 * 1024

export type BodyResult = { ok: true; mode: 'json' | 'form'; data: Record<string, unknown> } | { ok: false; status: 413 | 415 | 400; message: string }

export async function readBody(request: Request): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return tooLarge()
  return parseBody(request.headers.get('content-type'), new Uint8Array(await request.arrayBuffer()))
}

/** The same, for a body already read (the server's fast path reads it without a Request). */
export async function parseBody(contentType: string | null, buffer: Uint8Array, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  const mode = type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data' ? 'form' : null
  if (!mode) return { ok: false, status: 415, message: 'Send the form as JSON or as a normal form post.' }
  if (buffer.byteLength > maxBytes) return tooLarge(maxBytes)
  try {
    if (mode === 'json') {
      const data: unknown = JSON.parse(new TextDecoder().decode(buffer))
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object')
      return { ok: true, mode, data: data as Record<string, unknown> }
    }
    if (type === 'multipart/form-data') {
      const form = await new Response(new Blob([buffer as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': contentType! } }).formData()
      return { ok: true, mode, data: Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) }
    }
    return { ok: true, mode, data: Object.fromEntries(new URLSearchParams(new TextDecoder().decode(buffer))) }
  } catch {
    return { ok: false, status: 400, message: 'The form data could not be read. Please reload the page and try again.' }
  }
}

function tooLarge(maxBytes = MAX_BODY_BYTES): BodyResult {
  return { ok: false, status: 413, message: `The form is too large (at most ${maxBytes / 1024} KB). Please shorten your text.` }
}
