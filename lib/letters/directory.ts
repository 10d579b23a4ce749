import 'server-only'
import { parse } from 'csv-parse/sync'
import type { ActionContext } from '@/lib/auth/admin-action'
import { AppError } from '@/lib/errors'
import { readCountry } from '@/lib/petitions/paper-signatures'
import { firstErrorPerField } from '@/lib/validation/field-errors'
import { dropHiddenCharacters } from '@/lib/validation/hidden-characters'
import { addresseeSchema, type AddresseeInput } from '@/lib/validation/letter'

// The directory of addressees: embassies and consulates per host country, ministries,
// companies. Editors keep it by hand or import a CSV file; an entry is known by its kind,
// state, host country and name, so importing the same file twice changes nothing.

type Ctx = Pick<ActionContext, 'tx' | 'user' | 'audit'>

const toData = (a: AddresseeInput) => ({
  kind: a.kind,
  name: a.name,
  state: a.state,
  hostCountry: a.hostCountry ?? null,
  postalAddress: a.postalAddress.replace(/\r\n/g, '\n'),
  email: a.email ?? null,
  phone: a.phone ?? null,
  fax: a.fax ?? null,
  source: a.source,
  checkedOn: a.checkedOn ? new Date(`${a.checkedOn}T00:00:00Z`) : null,
})

const sameEntry = (a: AddresseeInput) => ({ kind: a.kind, state: a.state, hostCountry: a.hostCountry ?? null, name: a.name })

export async function saveAddressee(input: AddresseeInput, ctx: Ctx) {
  const clash = await ctx.tx.letterAddressee.findFirst({ where: { ...sameEntry(input), NOT: input.id ? { id: input.id } : undefined }, select: { id: true } })
  if (clash) throw new AppError('The directory already has this entry.', { name: 'An entry of this kind, country and name exists already: edit that one.' })
  if (input.id) {
    const found = await ctx.tx.letterAddressee.findUnique({ where: { id: input.id }, select: { id: true } })
    if (!found) throw new AppError('This entry was removed by someone else. Reload the page.')
    await ctx.tx.letterAddressee.update({ where: { id: input.id }, data: toData(input) })
  }
  const saved = input.id ? { id: input.id } : await ctx.tx.letterAddressee.create({ data: toData(input), select: { id: true } })
  await ctx.audit({ action: input.id ? 'addressee.update' : 'addressee.create', entityType: 'addressee', entityId: saved.id, summary: input.name })
  return saved
}

export async function deleteAddressee(id: string, ctx: Ctx) {
  const entry = await ctx.tx.letterAddressee.findUnique({ where: { id }, select: { name: true } })
  if (!entry) throw new AppError('This entry was already removed.')
  await ctx.tx.letterAddressee.delete({ where: { id } })
  await ctx.audit({ action: 'addressee.delete', entityType: 'addressee', entityId: id, summary: entry.name })
}

// ---- CSV import -----------------------------------------------------------------------------

export const DIRECTORY_CSV_MAX_ROWS = 2_000
export const DIRECTORY_COLUMNS = ['kind', 'name', 'state', 'host_country', 'postal_address', 'email', 'phone', 'fax', 'source', 'checked_on'] as const
const FIELD_OF: Record<string, keyof AddresseeInput> = {
  whose: 'state',
  kind: 'kind',
  name: 'name',
  state: 'state',
  host_country: 'hostCountry',
  postal_address: 'postalAddress',
  email: 'email',
  phone: 'phone',
  fax: 'fax',
  source: 'source',
  checked_on: 'checkedOn',
}

export type BadRow = { line: number; column: string; message: string }
export type DirectoryReading = { rows: AddresseeInput[]; bad: BadRow[] }

const columnOf = (field: string) => Object.keys(FIELD_OF).find((c) => FIELD_OF[c] === field) ?? field

/**
 * Reads a directory exported from a spreadsheet: a header row naming the columns (any order;
 * "Host country" and host_country alike), then one entry per line. Host countries may be codes
 * or English names; the state is the name readers know (“Kardania”). Every bad line is reported with its number, its column and what to fix.
 */
export function readDirectoryCsv(text: string): DirectoryReading {
  let records: string[][]
  try {
    records = parse(text, { bom: true, delimiter: [',', ';', '\t'], relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw new AppError('The file could not be read as CSV.', {
      file: `The file is not CSV${line ? ` (the problem is near line ${line})` : ''}. Save the sheet as “CSV” and try again.`,
    })
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'))
  const missing = ['kind', 'name', 'state'].filter((c) => !header.includes(c))
  if (missing.length)
    throw new AppError('The file has no header row with the column names.', {
      file: `The first line must name the columns; ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Columns: ${DIRECTORY_COLUMNS.join(', ')}.`,
    })
  if (records.length - 1 > DIRECTORY_CSV_MAX_ROWS)
    throw new AppError('The file is too large.', { file: `Import at most ${DIRECTORY_CSV_MAX_ROWS.toLocaleString('en')} entries at once (split the file).` })
  if (records.length < 2) throw new AppError('The file has no entries.', { file: 'The file has a header row but no entries under it.' })

  const rows: AddresseeInput[] = []
  const bad: BadRow[] = []
  records.slice(1).forEach((record, i) => {
    const line = i + 2
    const raw: Record<string, string> = {}
    header.forEach((column, at) => {
      const field = FIELD_OF[column]
      if (field) raw[field] = dropHiddenCharacters(record[at] ?? '')
    })
    if (raw.hostCountry) raw.hostCountry = readCountry(raw.hostCountry) ?? raw.hostCountry
    raw.kind = raw.kind?.toLowerCase() ?? ''
    const parsed = addresseeSchema.safeParse(raw)
    if (parsed.success) rows.push(parsed.data)
    else for (const [field, message] of Object.entries(firstErrorPerField(parsed.error))) bad.push({ line, column: columnOf(field), message: message! })
  })
  return { rows, bad }
}

/** All or nothing: one bad line and nothing is imported, so a corrected file can simply be uploaded again. */
export async function importDirectory(text: string, ctx: Ctx): Promise<{ created: number; updated: number }> {
  const { rows, bad } = readDirectoryCsv(text)
  if (bad.length) {
    const lines = [...new Set(bad.map((b) => b.line))]
    const report = bad.slice(0, 30).map((b) => `Line ${b.line}, ${b.column}: ${b.message}`)
    if (bad.length > 30) report.push(`… and ${bad.length - 30} more problems.`)
    throw new AppError(
      `Nothing was imported: ${lines.length} ${lines.length === 1 ? 'line has' : 'lines have'} problems. Fix them and upload the file again.`,
      {
        file: report.join('\n'),
      },
    )
  }
  let created = 0
  let updated = 0
  const seen = new Set<string>()
  for (const row of rows) {
    const key = JSON.stringify(sameEntry(row))
    if (seen.has(key)) continue
    seen.add(key)
    const existing = await ctx.tx.letterAddressee.findFirst({ where: sameEntry(row), select: { id: true } })
    if (existing) await ctx.tx.letterAddressee.update({ where: { id: existing.id }, data: toData(row) })
    else await ctx.tx.letterAddressee.create({ data: toData(row) })
    if (existing) updated++
    else created++
  }
  await ctx.audit({ action: 'addressee.import', entityType: 'addressee', summary: `Directory import: ${created} new, ${updated} updated` })
  return { created, updated }
}
