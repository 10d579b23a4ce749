'use client'

import { useState } from 'react'
import { MediaPicker } from '@/components/admin/media-picker'
import { buttonClass } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'

// The image at the top of a post or petition (and in lists and shares), chosen from the media
// library, with its alt text and, for posts, its caption and credit.
type Props = {
  /** Prefix of the field ids: "post", "petition". */
  idPrefix: string
  image: { url: string; alt: string; caption?: string; credit?: string } | null
  /** Also ask for a caption and a credit. */
  captions?: boolean
  heading: string
  emptyHint: string
  errors: Record<string, string>
  onChange: () => void
}

export function FeaturedImageField({ idPrefix, image, captions = false, heading, emptyHint, errors, onChange }: Props) {
  const [url, setUrl] = useState(image?.url ?? '')
  const [alt, setAlt] = useState(image?.alt ?? '')
  const [caption, setCaption] = useState(image?.caption ?? '')
  const [credit, setCredit] = useState(image?.credit ?? '')
  const [picking, setPicking] = useState(false)
  return (
    <section className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 className="font-bold">{heading}</h2>
      <input type="hidden" name="imageUrl" value={url} />
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={url} alt="" className="aspect-[1200/630] w-full rounded-md bg-line object-cover" />
      ) : (
        <p className="text-sm text-muted">{emptyHint}</p>
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
            id={`${idPrefix}-image-alt`}
            name="imageAlt"
            label="Alt text"
            value={alt}
            onChange={(e) => setAlt(e.target.value)}
            error={errors.imageAlt}
            hint="What the image shows, for people who cannot see it."
            maxLength={300}
          />
          {captions ? (
            <>
              <TextField
                id={`${idPrefix}-image-caption`}
                name="imageCaption"
                label="Caption"
                optional
                value={caption}
                onChange={(e) => setCaption(e.target.value)}
                error={errors.imageCaption}
                maxLength={500}
              />
              <TextField
                id={`${idPrefix}-image-credit`}
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
