import 'server-only'
import { MAX_UPLOAD_BYTES, tooLargeMessage, uploadFieldsSchema } from '@/lib/media/schemas'

// Reads an upload request's multipart body without ever holding more than the limit: a
// declared Content-Length over it is refused before reading, and a body that turns out longer
// (chunked, or lying about its length) is cut off as soon as it passes the limit.

/** The image plus the form's few text fields and multipart boundaries. */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024

export type UploadFields = { alt: string; caption: string; credit: string }
export type UploadForm =
  { ok: true; bytes: Uint8Array; originalName: string; fields: UploadFields } | { ok: false; status: 400 | 413 | 415 | 422; message: string }

const UNREADABLE = 'The upload could not be read; it may have been interrupted. Please try again.'

export async function readUploadForm(request: Request): Promise<UploadForm> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return { ok: false, status: 415, message: 'Send the image as a form upload (multipart/form-data) with a “file” field.' }
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > MAX_REQUEST_BYTES) return { ok: false, status: 413, message: tooLargeMessage(declared) }

  const body = await readLimited(request.body, MAX_REQUEST_BYTES)
  if (body === 'too-large') return { ok: false, status: 413, message: tooLargeMessage(null) }
  if (body === 'interrupted') return { ok: false, status: 400, message: UNREADABLE }

  let form: FormData
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData()
  } catch {
    return { ok: false, status: 400, message: UNREADABLE }
  }
  const file = form.get('file')
  if (!(file instanceof Blob)) return { ok: false, status: 422, message: 'Choose an image to upload: the form had no file in it.' }
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : undefined
  }
  const fields = uploadFieldsSchema.safeParse({ alt: text('alt'), caption: text('caption'), credit: text('credit') })
  if (!fields.success) return { ok: false, status: 422, message: fields.error.issues[0]?.message ?? 'Check the description, caption and credit.' }
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()), originalName: displayName(file), fields: fields.data }
}

async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | 'too-large' | 'interrupted'> {
  if (!stream) return new Uint8Array()
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > limit) {
        await reader.cancel().catch(() => {})
        return 'too-large'
      }
      chunks.push(value)
    }
  } catch {
    return 'interrupted'
  }
  return Buffer.concat(chunks)
}

/** The uploader's file name, kept only as a label for the library (never as a path). */
function displayName(file: Blob): string {
  const raw = file instanceof File ? file.name : ''
  const name = (raw.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return name.slice(0, 200) || 'image'
}
