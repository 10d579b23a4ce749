import { counted } from '@/lib/format'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { SelectField } from '@/components/ui/select-field'
import { describedBy, FieldMessages } from '@/components/ui/text-field'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { listPetitionsForExport } from '@/lib/signatures/export'
import { firstErrorPerField } from '@/lib/validation/field-errors'
import { EXPORT_COLUMN_LABELS, EXPORT_COLUMNS, exportRequestFrom, exportRequestSchema, type ExportColumn } from '@/lib/validation/signature-export'

export const metadata = { title: 'Export signatures' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const DEFAULT_COLUMNS: ExportColumn[] = ['name', 'country', 'city', 'signed']

// A plain GET form to the export route: it works without JavaScript, and the browser's own
// download shows the file arriving. The route sends people back here (with ?problem=1) when
// something was missing, and this page says what.
export default async function ExportSignaturesPage({ searchParams }: Props) {
  const user = await requirePermission('signatures.moderate')
  const raw = await searchParams
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) query.append(key, v)
  const asked = exportRequestFrom(query)
  const petitions = await listPetitionsForExport()
  const emails = can(user, 'signatures.export-emails')
  const columns = EXPORT_COLUMNS.filter((c) => c !== 'email' || emails)

  const errors: Partial<Record<'petition' | 'columns', string>> = {}
  if (query.has('problem')) {
    const parsed = exportRequestSchema.safeParse(asked)
    if (!parsed.success) Object.assign(errors, firstErrorPerField(parsed.error))
    if (asked.petition && !petitions.some((p) => p.id === asked.petition)) errors.petition = 'That petition doesn’t exist any more. Choose one from the list.'
  }
  const ticked = query.has('problem') ? asked.columns : DEFAULT_COLUMNS
  const chosen = petitions.find((p) => p.id === asked.petition)

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p>
          <Link href="/admin/moderation">← Moderation</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">Export signatures</h1>
        <p className="mt-2 text-muted">
          A spreadsheet (CSV) of a petition’s signatures that count — confirmed by email and not held or rejected — to hand over with the petition. It opens in
          Excel, LibreOffice or Numbers, names in any alphabet included. Cells that a spreadsheet could run as a formula start with an apostrophe. Every export
          is written in the audit log. Names, towns and comments are included only for signers who ticked “give my name and town to the petition’s addressee”;
          the others show as “(name not shared)” with their country, as the sign form promised them.
        </p>
      </div>
      {Object.keys(errors).length ? (
        <p role="alert" className="rounded-md border border-accent bg-red-50 p-3 font-medium text-accent-dark">
          The export didn’t start. Please correct the marked fields.
        </p>
      ) : null}
      <form method="get" action="/api/admin/signatures/export" className="space-y-5 rounded-lg border border-line bg-white p-6">
        <SelectField
          id="export-petition"
          name="petition"
          label="Petition"
          empty="Choose a petition"
          required
          defaultValue={chosen?.id ?? ''}
          error={errors.petition}
          hint="The number is how many signatures the file will have."
          options={petitions.map((p) => [p.id, `${p.title} — ${counted(p.signatures, 'signature')}`])}
        />
        <fieldset {...describedBy('export-columns', true, errors.columns)}>
          <legend className="font-semibold">Columns</legend>
          {columns.map((column) => (
            <label key={column} className="flex min-h-9 items-center gap-3">
              <input type="checkbox" name="columns" value={column} defaultChecked={ticked.includes(column)} className="size-5 accent-accent-dark" />
              {EXPORT_COLUMN_LABELS[column]}
            </label>
          ))}
          <FieldMessages
            id="export-columns"
            hint={
              emails
                ? 'Email is for the campaign’s own records: signers were promised their address is never given to anyone outside the campaign, so never hand it to the addressee.'
                : 'Email addresses can only be exported by an admin.'
            }
            error={errors.columns}
          />
        </fieldset>
        <button type="submit" className={buttonClass('primary')}>
          Download CSV
        </button>
        <p className="text-sm text-muted">
          The download starts at once and your browser shows the file growing as it is written: a thousand signatures take a moment, a million under half a
          minute.
        </p>
      </form>
    </div>
  )
}
