'use client'

import { useState } from 'react'
import { saveActionDayReportAction } from '@/app/admin/(area)/days-of-action/actions'
import { RichTextField } from '@/components/admin/editor/rich-text-field'
import { MediaPicker, type PickedMedia } from '@/components/admin/media-picker'
import { useActionForm } from '@/components/admin/use-action-form'
import { submitKeepingFields } from '@/components/admin/call-action'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'

// After the day: a short report and photos, chosen from the media library (or uploaded there
// through the media pipeline, which re-encodes them and strips their metadata), in order.

type Photo = { id: string; url: string; alt: string }
type Props = { dayId: string; reportHtml: string; photos: Photo[]; petitions: { slug: string; title: string }[] }

export function ReportForm({ dayId, reportHtml, photos: initialPhotos, petitions }: Props) {
  const { state, formAction, pending, errors } = useActionForm(saveActionDayReportAction, { keepOnSuccess: true })
  const [photos, setPhotos] = useState<Photo[]>(initialPhotos)
  const [picking, setPicking] = useState(false)
  const add = (media: PickedMedia) => {
    setPhotos((old) => (old.some((p) => p.id === media.id) ? old : [...old, { id: media.id, url: media.url, alt: media.alt }]))
    setPicking(false)
  }
  return (
    <form onSubmit={submitKeepingFields(formAction)} noValidate className="space-y-5">
      <input type="hidden" name="id" value={dayId} />
      {photos.map((p) => (
        <input key={p.id} type="hidden" name="photoIds[]" value={p.id} />
      ))}
      <RichTextField
        id="day-report"
        heading="Report"
        label="Report text"
        name="reportHtml"
        initialHtml={reportHtml}
        petitions={petitions}
        onChange={() => {}}
        error={errors.reportHtml}
      />
      <div>
        <h3 className="font-semibold">Photos</h3>
        {photos.length === 0 ? <p className="text-sm text-muted">No photos yet.</p> : null}
        <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {photos.map((p, i) => (
            <li key={p.id} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={p.url} alt={p.alt} className="aspect-square w-full rounded-md bg-line object-cover" />
              <div className="flex gap-1">
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => setPhotos((old) => swap(old, i, i - 1))}
                  className={buttonClass('secondary', 'flex-1 text-sm')}
                  aria-label={`Move photo ${i + 1} earlier`}
                >
                  ←
                </button>
                <button type="button" onClick={() => setPhotos((old) => old.filter((x) => x.id !== p.id))} className={buttonClass('danger', 'flex-1 text-sm')}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
        {errors.photoIds ? <p className="mt-1 text-sm font-medium text-accent-dark">{errors.photoIds}</p> : null}
        <button type="button" onClick={() => setPicking(true)} className={buttonClass('secondary', 'mt-3')}>
          Add a photo
        </button>
        {picking ? <MediaPicker onPick={add} onClose={() => setPicking(false)} /> : null}
      </div>
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Saving…' : 'Save the report'}
      </button>
      <FormStatus state={state} />
    </form>
  )
}

function swap<T>(list: T[], a: number, b: number): T[] {
  const copy = [...list]
  ;[copy[a], copy[b]] = [copy[b]!, copy[a]!]
  return copy
}
