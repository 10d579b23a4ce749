'use client'

import { importDirectoryAction } from '@/app/admin/(area)/letters/directory/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'

const COLUMNS = 'kind, name, state, host_country, postal_address, email, phone, fax, source, checked_on'

// Importing a directory exported from a spreadsheet. All or nothing: a file with a bad line
// imports nothing, and every bad line is listed with what to fix.
export function DirectoryImportForm() {
  const { state, formAction, pending, errors } = useActionForm(importDirectoryAction)
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 className="text-lg font-bold">Import from a CSV file</h2>
      <p className="text-sm">
        The first line names the columns: <code>{COLUMNS}</code>. Kind is embassy, consulate, ministry, company or other; state is whose it is, as readers know
        it (“Kardania”); the host country is a two-letter code or an English name. An entry with the same kind, state, host country and name is updated, so a
        corrected file can be uploaded again.
      </p>
      <div>
        <label htmlFor="directory-file" className="font-semibold">
          CSV file
        </label>
        <input
          id="directory-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block"
          aria-describedby={errors.file ? 'directory-file-error' : undefined}
        />
        {errors.file ? (
          <p id="directory-file-error" className="mt-2 text-sm font-medium whitespace-pre-line text-accent-dark" data-import-report="">
            {errors.file}
          </p>
        ) : null}
      </div>
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass('secondary')}>
        {pending ? 'Importing…' : 'Import'}
      </button>
    </form>
  )
}
