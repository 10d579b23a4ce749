'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { uploadWithProgress } from '@/components/admin/upload-with-progress'
import { Button } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import type { ActionState } from '@/lib/action-state'
import { exportMegabytes, MAX_EXPORT_BYTES, REFUSALS, type StartReply } from '@/lib/validation/wordpress-import'

// The export's upload form. Without JavaScript it is a plain form post to the route handler,
// which answers with a redirect back to the screen. With it, the file goes with a progress bar
// (200 MB takes a while), after the checks a browser can make itself: no file, an empty one, one too large, one not named .xml.

const ENDPOINT = '/api/admin/wordpress-imports'

function earlyRefusal(file: File | null): string | null {
  if (!file || !file.name) return REFUSALS['no-file']
  if (!/\.xml$/i.test(file.name)) return REFUSALS['wrong-type']
  if (file.size === 0) return REFUSALS.empty
  if (file.size > MAX_EXPORT_BYTES) return REFUSALS['too-large']
  return null
}

type Props = { petitions: { slug: string; title: string }[]; busy: boolean }

export function ImportUploadForm({ petitions, busy }: Props) {
  const router = useRouter()
  const [state, setState] = useState<ActionState | null>(null)
  const [progress, setProgress] = useState<number | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const file = form.get('file')
    const early = earlyRefusal(file instanceof File ? file : null)
    if (early) return setState({ ok: false, message: early })
    setState({ ok: true, message: 'Uploading…' })
    setProgress(0)
    const reply = await uploadWithProgress<StartReply>(ENDPOINT, form, setProgress, REFUSALS['too-large'])
    setProgress(null)
    if (!reply.ok) return setState(reply)
    setState({ ok: true, message: reply.message })
    router.push(`/admin/import?run=${reply.runId}`)
  }

  const uploading = progress !== null
  return (
    <form method="post" action={ENDPOINT} encType="multipart/form-data" onSubmit={onSubmit} className="space-y-5" aria-describedby="import-status">
      <div>
        <label htmlFor="import-file" className="block font-semibold">
          WordPress export
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".xml,text/xml,application/xml"
          aria-describedby="import-file-hint"
          className="mt-1 block w-full rounded-md border border-gray-400 bg-white p-2 file:mr-3 file:rounded file:border-0 file:bg-gray-100 file:px-3 file:py-2 file:font-semibold"
        />
        <p id="import-file-hint" className="mt-1 text-sm text-muted">
          In WordPress: Tools → Export → All content → Download Export File. An .xml file, up to {exportMegabytes(MAX_EXPORT_BYTES)} MB.
        </p>
      </div>
      <SelectField
        id="import-signature"
        name="signaturePetition"
        label="Where a post has the [signature] shortcode, show"
        empty="Nothing (take the shortcode out)"
        options={petitions.map((p) => [p.slug, `The sign box of “${p.title}”`] as const)}
        hint="WordPress petition plugins put [signature] in posts. Placard can show one of its own petitions there instead."
      />
      <label className="flex items-start gap-3">
        <input type="checkbox" name="dryRun" className="mt-1 size-5 accent-teal" />
        <span>
          <span className="font-semibold">Dry run</span>
          <span className="block text-sm text-muted">Read everything and report what would happen, without storing anything.</span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={busy || uploading}>
          {uploading ? 'Uploading…' : 'Upload and import'}
        </Button>
        {uploading ? <progress value={progress} max={1} aria-label="Uploading the export" className="h-2 w-64 accent-teal" /> : null}
      </div>
      <FormStatus id="import-status" state={state} />
    </form>
  )
}
