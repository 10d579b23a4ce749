'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'
import { uploadWithProgress } from '@/components/admin/upload-with-progress'
import { buttonClass } from '@/components/ui/button'
import { ACCEPTED_TYPES, MAX_UPLOAD_BYTES, megabytes, tooLargeMessage, type MediaJson, type UploadReply } from '@/lib/media/schemas'

// Drag-and-drop or pick images, sent one at a time to /api/admin/media, with a progress bar
// (components/admin/upload-with-progress.ts). Size is checked here first, so nothing too large is sent at all; every
// other check is the server's. Outcomes are announced in an aria-live region.

type Row = { key: number; name: string; progress: number | null; done: boolean; ok: boolean; message: string }

type Props = {
  /** Called with each image the server accepted. */
  onUploaded?: (media: MediaJson) => void
  /** Re-fetch the page's server components after each upload (the library grid). */
  refreshPage?: boolean
}

function send(file: File, onProgress: (fraction: number) => void): Promise<UploadReply> {
  const form = new FormData()
  form.append('file', file)
  return uploadWithProgress<UploadReply>('/api/admin/media', form, onProgress, tooLargeMessage(file.size))
}

export function MediaUploader({ onUploaded, refreshPage = false }: Props) {
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const nextKey = useRef(0)
  const [rows, setRows] = useState<Row[]>([])
  const [dragging, setDragging] = useState(false)
  const busy = rows.some((r) => !r.done)

  const update = (key: number, change: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)))

  async function uploadAll(files: File[]) {
    const queued = files.map((file) => ({ file, key: nextKey.current++ }))
    setRows((all) =>
      [...queued.map(({ file, key }) => ({ key, name: file.name, progress: null, done: false, ok: false, message: 'Waiting…' })), ...all].slice(0, 20),
    )
    for (const { file, key } of queued) {
      const early = file.size === 0 ? 'The file is empty (0 bytes).' : file.size > MAX_UPLOAD_BYTES ? tooLargeMessage(file.size) : null
      if (early) {
        update(key, { done: true, message: early })
        continue
      }
      update(key, { progress: 0, message: 'Uploading…' })
      const reply = await send(file, (fraction) => update(key, { progress: fraction, message: fraction < 1 ? 'Uploading…' : 'Making the sizes for the site…' }))
      if (reply.ok) {
        update(key, {
          done: true,
          ok: true,
          progress: null,
          message: reply.media.alt ? 'Uploaded.' : 'Uploaded. Now add a description (alt text) for people who can’t see it.',
        })
        onUploaded?.(reply.media)
        if (refreshPage) router.refresh()
      } else {
        update(key, { done: true, progress: null, message: reply.message })
      }
    }
  }

  function onFiles(list: FileList | null) {
    if (list?.length) void uploadAll([...list])
    if (input.current) input.current.value = ''
  }

  return (
    <div>
      <div
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault()
          setDragging(false)
          onFiles(e.dataTransfer.files)
        }}
        className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-5 text-center sm:flex-row sm:text-left ${dragging ? 'border-teal bg-teal-50' : 'border-gray-400 bg-white'}`}
      >
        {/* A label styled as a button: on a phone it opens the photo library or the camera.
            image/jpeg in accept makes iPhones hand over JPEG instead of HEIC. */}
        <label className={buttonClass('primary', 'cursor-pointer focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-teal')}>
          {busy ? 'Uploading…' : 'Choose images'}
          <input ref={input} type="file" multiple accept={ACCEPTED_TYPES.join(',')} className="sr-only" onChange={(e) => onFiles(e.target.files)} />
        </label>
        <p className="text-sm text-muted">
          <span className="hidden sm:inline">or drop them here. </span>JPEG, PNG, WebP, GIF or AVIF, up to {megabytes(MAX_UPLOAD_BYTES)} MB each.
        </p>
      </div>
      <ul role="status" aria-live="polite" className="mt-3 space-y-2 empty:hidden">
        {rows.map((row) => (
          <li
            key={row.key}
            className={`rounded-md border p-3 text-sm ${row.done ? (row.ok ? 'border-teal bg-teal-50 text-teal' : 'border-accent bg-red-50 text-accent-dark') : 'border-line bg-white'}`}
          >
            <span className="font-semibold break-all">{row.name}</span>: {row.message}
            {row.progress !== null ? (
              <progress value={row.progress} max={1} aria-label={`Uploading ${row.name}`} className="mt-2 block h-2 w-full accent-teal" />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
