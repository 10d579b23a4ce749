'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { updateMedia } from '@/app/admin/(area)/media/actions'
import { MediaUploader } from '@/components/admin/media-uploader'
import { buttonClass } from '@/components/ui/button'
import { inputClass, TextField } from '@/components/ui/text-field'
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX, type ListReply, type MediaJson } from '@/lib/media/schemas'

// Chooses an image from the media library (or a new upload) for the post editor. It opens as a
// modal <dialog> when mounted; Escape, "Close" or onPick end it, and the parent unmounts it.
// `url` is the largest stored size: public pages derive the smaller sizes from it
// (lib/media/variants.ts). Insert width and height with it so pages can reserve the space.
// Alt text is asked for before inserting, and saved back to the library for next time.

export type PickedMedia = { id: string; url: string; alt: string; caption: string; credit: string; width: number; height: number }

type Props = { onPick: (media: PickedMedia) => void; onClose: () => void }
type Status = { kind: 'loading' | 'error' | 'idle'; message: string }

export function MediaPicker({ onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [query, setQuery] = useState('')
  const [items, setItems] = useState<MediaJson[]>([])
  const [page, setPage] = useState(1)
  const [hasMore, setHasMore] = useState(false)
  const [status, setStatus] = useState<Status>({ kind: 'loading', message: 'Loading the media library…' })
  const [selected, setSelected] = useState<MediaJson | null>(null)
  const [text, setText] = useState({ alt: '', caption: '', credit: '' })
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [])

  const show = useCallback((reply: ListReply, q: string, pageNumber: number) => {
    if (!reply.ok) return setStatus({ kind: 'error', message: reply.message })
    setItems((old) => (pageNumber === 1 ? reply.items : [...old, ...reply.items]))
    setPage(pageNumber)
    setHasMore(reply.hasMore)
    const none = q ? `No images match “${q}”.` : 'The library is empty. Upload an image above.'
    setStatus({ kind: 'idle', message: pageNumber === 1 && reply.items.length === 0 ? none : '' })
  }, [])

  const failed = useCallback((error: unknown) => {
    if ((error as Error).name !== 'AbortError')
      setStatus({ kind: 'error', message: 'The media library couldn’t be loaded. Check your connection and try again.' })
  }, [])

  // Callers announce "Loading…" themselves: the first load starts with it already shown.
  const load = useCallback(
    (q: string, pageNumber: number, signal?: AbortSignal) => fetchPage(q, pageNumber, signal).then((reply) => show(reply, q, pageNumber), failed),
    [show, failed],
  )

  useEffect(() => {
    const controller = new AbortController()
    void load('', 1, controller.signal)
    return () => controller.abort()
  }, [load])

  function choose(media: MediaJson) {
    setSelected(media)
    setText({ alt: media.alt, caption: media.caption, credit: media.credit })
    // Without a description the image is invisible to screen-reader users: ask for one first.
    if (!media.alt) setTimeout(() => document.getElementById('media-picker-alt')?.focus(), 0)
  }

  async function insert() {
    if (!selected) return
    const chosen = { alt: text.alt.trim(), caption: text.caption.trim(), credit: text.credit.trim() }
    if (chosen.alt !== selected.alt || chosen.caption !== selected.caption || chosen.credit !== selected.credit) {
      setSaving(true)
      const form = new FormData()
      for (const [key, value] of Object.entries({ id: selected.id, ...chosen })) form.set(key, value)
      // Best effort: the post keeps its own copy of the text whether or not the library saves it.
      await updateMedia(null, form).catch(() => null)
      setSaving(false)
    }
    onPick({ id: selected.id, url: selected.url, width: selected.width, height: selected.height, ...chosen })
  }

  const set = (field: keyof typeof text) => (e: React.ChangeEvent<HTMLInputElement>) => setText({ ...text, [field]: e.target.value })

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="media-picker-title"
      className="m-auto h-[calc(100dvh-1rem)] max-h-none w-[calc(100%-1rem)] max-w-4xl overflow-hidden rounded-lg bg-paper p-0 text-ink shadow-xl backdrop:bg-black/50 sm:h-[calc(100dvh-4rem)]"
    >
      <div className="flex h-full flex-col">
        <header className="flex items-center justify-between gap-3 border-b border-line bg-white px-4 py-2">
          <h2 id="media-picker-title" className="text-lg font-bold">
            Choose an image
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className={buttonClass('secondary')}>
            Close
          </button>
        </header>
        <div className="flex-1 space-y-4 overflow-y-auto p-4">
          <MediaUploader
            onUploaded={(media) => {
              setItems((old) => [media, ...old.filter((m) => m.id !== media.id)])
              choose(media)
            }}
          />
          <form
            role="search"
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault()
              setStatus({ kind: 'loading', message: 'Loading…' })
              void load(query.trim(), 1)
            }}
          >
            <label htmlFor="media-picker-q" className="sr-only">
              Search images
            </label>
            <input
              id="media-picker-q"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              maxLength={100}
              placeholder="Search names, descriptions, captions"
              className={inputClass}
            />
            <button type="submit" className={buttonClass('secondary')}>
              Search
            </button>
          </form>
          <p role="status" aria-live="polite" className={`empty:hidden ${status.kind === 'error' ? 'font-medium text-accent-dark' : 'text-muted'}`}>
            {status.message}
          </p>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {items.map((media) => (
              <li key={media.id}>
                <button
                  type="button"
                  aria-pressed={selected?.id === media.id}
                  onClick={() => choose(media)}
                  className="block w-full rounded-md border border-line bg-white p-1 text-left text-sm hover:border-gray-500 aria-pressed:ring-4 aria-pressed:ring-teal"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={media.thumbnailUrl}
                    alt=""
                    width={media.width}
                    height={media.height}
                    loading="lazy"
                    className="aspect-[4/3] w-full rounded bg-line object-cover"
                  />
                  <span className="mt-1 line-clamp-2 break-all">{media.alt || media.originalName}</span>
                  {media.alt ? null : <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">No alt text</span>}
                </button>
              </li>
            ))}
          </ul>
          {hasMore ? (
            <button
              type="button"
              onClick={() => {
                setStatus({ kind: 'loading', message: 'Loading…' })
                void load(query.trim(), page + 1)
              }}
              className={buttonClass('secondary', 'w-full')}
            >
              Show more
            </button>
          ) : null}
        </div>
        {selected ? (
          <footer className="max-h-[55dvh] space-y-3 overflow-y-auto border-t border-line bg-white p-4">
            <p className="text-sm text-muted break-all">
              {selected.originalName} · {selected.width} × {selected.height}
            </p>
            <TextField
              id="media-picker-alt"
              name="alt"
              label="Description (alt text)"
              value={text.alt}
              onChange={set('alt')}
              maxLength={ALT_MAX}
              hint={
                text.alt.trim()
                  ? 'What the image shows, for people who can’t see it.'
                  : 'Needed: without it, screen-reader users won’t know what the image shows. Leave empty only for pure decoration.'
              }
            />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                id="media-picker-caption"
                name="caption"
                label="Caption"
                optional
                value={text.caption}
                onChange={set('caption')}
                maxLength={CAPTION_MAX}
              />
              <TextField id="media-picker-credit" name="credit" label="Credit" optional value={text.credit} onChange={set('credit')} maxLength={CREDIT_MAX} />
            </div>
            <div className="flex flex-wrap gap-2">
              <button type="button" onClick={() => void insert()} disabled={saving} className={buttonClass('primary')}>
                {saving ? 'Saving…' : 'Use this image'}
              </button>
              <button type="button" onClick={() => setSelected(null)} className={buttonClass('secondary')}>
                Choose another
              </button>
            </div>
          </footer>
        ) : null}
      </div>
    </dialog>
  )
}

async function fetchPage(q: string, pageNumber: number, signal?: AbortSignal): Promise<ListReply> {
  const response = await fetch(`/api/admin/media?${new URLSearchParams({ q, page: String(pageNumber) })}`, { signal, headers: { accept: 'application/json' } })
  return (await response.json()) as ListReply
}
