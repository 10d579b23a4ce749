'use client'

import { useState } from 'react'
import { MediaPicker } from '@/components/admin/media-picker'
import type { EditablePost } from '@/components/admin/post-editor'
import { buttonClass } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'

// The post's featured image (shown at the top of the post and in lists), chosen from the media
// library, with its alt text, caption and credit.
type Props = { post: EditablePost | null; errors: Record<string, string>; onChange: () => void }

export function FeaturedImageField({ post, errors, onChange }: Props) {
  const [url, setUrl] = useState(post?.imageUrl ?? '')
  const [alt, setAlt] = useState(post?.imageAlt ?? '')
  const [caption, setCaption] = useState(post?.imageCaption ?? '')
  const [credit, setCredit] = useState(post?.imageCredit ?? '')
  const [picking, setPicking] = useState(false)
  return (
    <section className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 className="font-bold">Featured image</h2>
      <input type="hidden" name="imageUrl" value={url} />
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={url} alt="" className="aspect-[1200/630] w-full rounded-md bg-line object-cover" />
      ) : (
        <p className="text-sm text-muted">None. Posts with an image stand out in lists and when shared.</p>
      )}
      {errors.imageUrl ? <p className="text-sm font-medium text-accent-dark">{errors.imageUrl}</p> : null}
      <div className="flex gap-2">
        <button type="button" onClick={() => setPicking(true)} className={buttonClass('secondary', 'flex-1')}>
          {url ? 'Change image' : 'Choose image'}
        </button>
        {url ? (
          <button
            type="button"
            onClick={() => {
              setUrl('')
              onChange()
            }}
            className={buttonClass('danger')}
          >
            Remove
          </button>
        ) : null}
      </div>
      {url ? (
        <>
          <TextField
            id="post-image-alt"
            name="imageAlt"
            label="Alt text"
            value={alt}
            onChange={(e) => setAlt(e.target.value)}
            error={errors.imageAlt}
            hint="What the image shows, for people who cannot see it."
            maxLength={300}
          />
          <TextField
            id="post-image-caption"
            name="imageCaption"
            label="Caption"
            optional
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            error={errors.imageCaption}
            maxLength={500}
          />
          <TextField
            id="post-image-credit"
            name="imageCredit"
            label="Credit"
            optional
            value={credit}
            onChange={(e) => setCredit(e.target.value)}
            error={errors.imageCredit}
            maxLength={200}
          />
        </>
      ) : null}
      {picking ? (
        <MediaPicker
          onClose={() => setPicking(false)}
          onPick={(m) => {
            setPicking(false)
            setUrl(m.url)
            setAlt(m.alt)
            setCaption(m.caption)
            setCredit(m.credit)
            onChange()
          }}
        />
      ) : null}
    </section>
  )
}
