import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { mediaFilePath } from '@/lib/media/storage'
import { parseMediaFileName, type MediaFormat } from '@/lib/media/variants'

// Serves uploaded images from MEDIA_DIR: only `<key>/<width>.webp|jpg`, where the key is one
// of ours (24 hex characters), so no path can leave MEDIA_DIR. A file never changes once
// written (a new upload gets a new key), hence the year-long immutable caching; the page
// micro-cache (scripts/serve.ts) keeps only s-maxage answers, so it never stores these.
// Serving through Next costs a little routing per request; a CDN or nginx in front of
// MEDIA_DIR can take this over when traffic demands it (README, "Media").

export const dynamic = 'force-dynamic'

const CONTENT_TYPES: Record<MediaFormat, string> = { webp: 'image/webp', jpg: 'image/jpeg' }
const segments = z.tuple([z.string().max(64), z.string().max(16)])

function notFound() {
  return new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  })
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const parsed = segments.safeParse((await params).path)
  const file = parsed.success ? parseMediaFileName(parsed.data[0], parsed.data[1]) : null
  if (!file) return notFound()
  let body: Buffer
  try {
    // Whole files: the largest is a few hundred KB, and a read error is then a clean 404.
    body = await readFile(mediaFilePath(file))
  } catch {
    return notFound()
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': CONTENT_TYPES[file.format],
      'content-length': String(body.length),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  })
}
