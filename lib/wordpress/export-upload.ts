import 'server-only'
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { Busboy } from '@fastify/busboy'
import {
  importFieldsSchema,
  MAX_EXPORT_BYTES,
  MAX_EXPORT_REQUEST_BYTES,
  REFUSALS,
  type ImportFields,
  type RefusalCode,
} from '@/lib/validation/wordpress-import'
import { exportsDir } from '@/lib/wordpress/import-runs'

// Receives an uploaded WordPress export straight onto disk, a chunk at a time: a 200 MB export
// never sits in memory (lib/media/upload-form.ts can buffer, its images are 20 MB at most). A
// declared size over the cap is refused before reading; a body that turns out longer is cut
// off as soon as it passes the cap. What is not XML (a .zip, a PDF) is refused by its name and
// by its first bytes; whether it is a WordPress export is the worker's first pass to find out.

export type ExportUpload =
  | { ok: true; path: string; fileName: string; bytes: number; fields: ImportFields }
  | { ok: false; status: 400 | 413 | 415 | 422; code: RefusalCode; message: string }

type Refusal = Extract<ExportUpload, { ok: false }>

const refuse = (status: Refusal['status'], code: RefusalCode, message: string = REFUSALS[code]): Refusal => ({ ok: false, status, code, message })

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code)
  }
}

/** The uploader's file name, kept as a label only (the file is stored under the run's id). */
function displayName(raw: string): string {
  const name = (raw.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  return name.slice(0, 200) || 'export.xml'
}

/** Passes the file through, refusing it when its first non-blank character is not "<". */
function xmlSniffer() {
  let seen = false
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!seen) {
        const start = chunk
          .toString('utf8', 0, 64)
          .replace(/^\uFEFF/, '')
          .trimStart()
        if (start) {
          seen = true
          if (!start.startsWith('<')) return done(new Refused(refuse(422, 'wrong-type')))
        }
      }
      done(null, chunk)
    },
  })
}

export async function receiveExport(request: Request): Promise<ExportUpload> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) return refuse(415, 'not-multipart')
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > MAX_EXPORT_REQUEST_BYTES) return refuse(413, 'too-large')

  await mkdir(exportsDir(), { recursive: true })
  const target = path.join(/*turbopackIgnore: true*/ exportsDir(), `upload-${randomBytes(12).toString('hex')}.part`)
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
  const fields: Record<string, string> = {}
  let file: { name: string; bytes: number; written: Promise<void> } | null = null

  try {
    await new Promise<void>((resolve, reject) => {
      const busboy = Busboy({
        headers: { 'content-type': contentType },
        defCharset: 'utf8',
        limits: { files: 1, fileSize: MAX_EXPORT_BYTES, fields: 5, fieldSize: 1000, parts: 8 },
      })
      const stop = (error: unknown) => {
        source.destroy()
        reject(error)
      }
      busboy.on('field', (name, value) => {
        if (name === 'dryRun' || name === 'signaturePetition') fields[name] = value
      })
      busboy.on('file', (name, stream, filename) => {
        if (name !== 'file' || file) return stream.resume()
        const entry = { name: displayName(filename), bytes: 0, written: Promise.resolve() }
        file = entry
        if (!/\.xml$/i.test(entry.name)) return stop(new Refused(refuse(422, 'wrong-type')))
        stream.on('limit', () => stop(new Refused(refuse(413, 'too-large'))))
        stream.on('data', (chunk: Buffer) => (entry.bytes += chunk.length))
        entry.written = pipeline(stream, xmlSniffer(), createWriteStream(target))
        entry.written.catch(stop)
      })
      busboy.on('error', stop)
      busboy.on('finish', () => resolve())
      source.on('error', stop)
      source.pipe(busboy)
    })
    const received = file as { name: string; bytes: number; written: Promise<void> } | null
    if (!received) return refuse(422, 'no-file')
    await received.written
    if (received.bytes === 0) throw new Refused(refuse(422, 'empty'))
    const parsed = importFieldsSchema.safeParse(fields)
    if (!parsed.success) throw new Refused(refuse(422, 'no-petition', parsed.error.issues[0]?.message))
    return { ok: true, path: target, fileName: received.name, bytes: received.bytes, fields: parsed.data }
  } catch (error) {
    await rm(target, { force: true })
    if (error instanceof Refused) return error.refusal
    return refuse(400, 'interrupted')
  }
}
