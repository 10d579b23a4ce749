'use client'

import { addPaperCountAction, editPaperEntryAction, removePaperEntryAction, uploadPaperListAction } from '@/app/admin/(area)/petitions/paper-actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import { TextField } from '@/components/ui/text-field'
import { useState } from 'react'
import { PAPER_COUNT_MAX, PAPER_CSV_MAX_BYTES, PAPER_CSV_TOO_LARGE as TOO_LARGE } from '@/lib/validation/paper-signatures'

// Signatures collected on printed sheets: a number with a note, or the list of names typed up
// from the sheets (CSV). Each entry can be corrected or removed; every change is audited.

export type PaperEntry = {
  id: string
  count: number
  country: string | null
  note: string
  fromCsv: boolean
  createdAt: string
  by: string | null
}

type Props = { petitionId: string; entries: PaperEntry[]; countries: [string, string][] }

export function PaperSignatures({ petitionId, entries, countries }: Props) {
  const total = entries.reduce((sum, e) => sum + e.count, 0)
  const countryName = new Map(countries)
  const remove = useActionForm(removePaperEntryAction)
  return (
    <section aria-labelledby="paper-heading" className="space-y-4 rounded-lg border border-line bg-white p-4">
      <div>
        <h2 id="paper-heading" className="text-lg font-bold">
          Paper signatures
        </h2>
        <p className="text-sm text-muted">
          {total
            ? `${total.toLocaleString('en')} collected on paper count toward the total; the petition shows them as “of which ${total.toLocaleString('en')} on paper”.`
            : 'None yet.'}{' '}
          Sheets to print are on the petition’s page (“Print a sheet”).
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <AddCount petitionId={petitionId} countries={countries} />
        <UploadList petitionId={petitionId} />
      </div>
      {/* A removed entry's row is gone once the list refreshes: its message stands here instead. */}
      <FormStatus state={remove.state} />
      {entries.length ? (
        <ul className="divide-y divide-line border-t border-line">
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} country={entry.country ? countryName.get(entry.country) : undefined} remove={remove} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function AddCount({ petitionId, countries }: { petitionId: string; countries: [string, string][] }) {
  const { state, formAction, pending, values, errors } = useActionForm(addPaperCountAction)
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-line p-3">
      <h3 className="font-semibold">Add a number</h3>
      <input type="hidden" name="petitionId" value={petitionId} />
      <TextField
        id="paper-count"
        name="count"
        label="Signatures"
        type="number"
        inputMode="numeric"
        min={1}
        max={PAPER_COUNT_MAX}
        defaultValue={values.count}
        error={errors.count}
      />
      <TextField
        id="paper-note"
        name="note"
        label="Where they were collected"
        maxLength={300}
        defaultValue={values.note}
        error={errors.note}
        hint="E.g. “May Day march, Seltz”."
      />
      <SelectField
        id="paper-country"
        name="country"
        label="Country"
        optional
        options={countries}
        empty="Several or unknown"
        defaultValue={values.country}
        error={errors.country}
      />
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        Add
      </button>
    </form>
  )
}

function UploadList({ petitionId }: { petitionId: string }) {
  const { state, formAction, pending, values, errors } = useActionForm(uploadPaperListAction)
  const [tooLarge, setTooLarge] = useState<string | undefined>()
  // Checked here too: the server never sees a file past its request size limit, so it couldn't say why.
  const checkSize = (event: React.FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file')
    const message = file instanceof File && file.size > PAPER_CSV_MAX_BYTES ? TOO_LARGE : undefined
    setTooLarge(message)
    if (message) event.preventDefault()
  }
  return (
    <form action={formAction} onSubmit={checkSize} className="space-y-3 rounded-md border border-line p-3">
      <h3 className="font-semibold">Upload a list of names</h3>
      <input type="hidden" name="petitionId" value={petitionId} />
      <TextField
        id="paper-file"
        name="file"
        label="CSV file"
        type="file"
        accept=".csv,.txt,text/csv"
        error={tooLarge ?? errors.file}
        hint="Two columns, name and country (English name or two-letter code), with or without a heading row. Names are kept for delivery, never shown."
      />
      <TextField id="paper-list-note" name="note" label="Where they were collected" maxLength={300} defaultValue={values.note} error={errors.note} />
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass('secondary')}>
        Upload
      </button>
    </form>
  )
}

function EntryRow({ entry, country, remove }: { entry: PaperEntry; country?: string; remove: ReturnType<typeof useActionForm> }) {
  const edit = useActionForm(editPaperEntryAction, { keepOnSuccess: true })
  const when = new Date(entry.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  return (
    <li className="py-3">
      <p className="text-sm text-muted">
        {when}
        {entry.by ? ` · ${entry.by}` : ''}
        {entry.fromCsv ? ' · uploaded list' : ''}
        {country ? ` · ${country}` : ''}
      </p>
      <form action={edit.formAction} className="mt-1 flex flex-wrap items-end gap-3">
        <input type="hidden" name="id" value={entry.id} />
        <TextField
          id={`paper-${entry.id}-count`}
          name="count"
          label="Signatures"
          type="number"
          inputMode="numeric"
          min={1}
          max={PAPER_COUNT_MAX}
          readOnly={entry.fromCsv}
          defaultValue={edit.values.count ?? entry.count}
          error={edit.errors.count}
          className="w-32"
        />
        <TextField
          id={`paper-${entry.id}-note`}
          name="note"
          label="Note"
          maxLength={300}
          defaultValue={edit.values.note ?? entry.note}
          error={edit.errors.note}
          className="min-w-48 flex-1"
        />
        <button type="submit" disabled={edit.pending} className={buttonClass('secondary')}>
          Save
        </button>
      </form>
      <form
        action={remove.formAction}
        onSubmit={(e) => {
          if (!window.confirm(`Remove these ${entry.count.toLocaleString('en')} paper signatures from the total?`)) e.preventDefault()
        }}
        className="mt-2"
      >
        <input type="hidden" name="id" value={entry.id} />
        <button type="submit" disabled={remove.pending} className="text-sm text-accent-dark underline">
          Remove
        </button>
      </form>
      <FormStatus state={edit.state} />
    </li>
  )
}
