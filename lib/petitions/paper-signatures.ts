import 'server-only'
import { parse } from 'csv-parse/sync'
import type { ActionContext } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { countryName, countryOptions, isCountryCode } from '@/lib/petitions/countries'
import { PAPER_CSV_MAX_ROWS, PAPER_CSV_TOO_LARGE, type AddPaperCount, type EditPaperEntry, type UploadPaperList } from '@/lib/validation/paper-signatures'

// Signatures collected on printed sheets. They count toward the petition's total (added to
// the online tally wherever the numbers are read, lib/petitions/queries.ts) and every change is
// audited; a trigger refreshes the petition's pages on every instance.

type Ctx = Pick<ActionContext, 'tx' | 'user' | 'audit'>

const plural = (n: number) => `${n.toLocaleString('en')} paper signature${n === 1 ? '' : 's'}`

export function listPaperEntries(petitionId: string) {
  return db.paperSignatureEntry.findMany({
    where: { petitionId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      count: true,
      country: true,
      note: true,
      fromCsv: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
    },
  })
}

async function petitionTitle(ctx: Ctx, petitionId: string) {
  const petition = await ctx.tx.petition.findUnique({ where: { id: petitionId }, select: { title: true } })
  if (!petition) throw new AppError('This petition was deleted by someone else.')
  return petition.title
}

export async function addPaperCount(input: AddPaperCount, ctx: Ctx) {
  const title = await petitionTitle(ctx, input.petitionId)
  const entry = await ctx.tx.paperSignatureEntry.create({
    data: { petitionId: input.petitionId, count: input.count, country: input.country ?? null, note: input.note, createdById: ctx.user.id },
  })
  await ctx.audit({
    action: 'petition.paper-add',
    entityType: 'petition',
    entityId: input.petitionId,
    summary: `${plural(input.count)}${input.country ? ` from ${countryName(input.country)}` : ''} on “${title}”: ${input.note}`,
  })
  return entry
}

export async function editPaperEntry(input: EditPaperEntry, ctx: Ctx) {
  const before = await ctx.tx.paperSignatureEntry.findUnique({ where: { id: input.id }, select: { count: true, note: true, fromCsv: true, petitionId: true } })
  if (!before) throw new AppError('This entry was removed by someone else.')
  if (before.fromCsv && input.count !== before.count) {
    throw new AppError('An uploaded list counts its names: to change the number, remove the list and upload the corrected one.', {
      count: 'The number of an uploaded list is the number of names in it.',
    })
  }
  await ctx.tx.paperSignatureEntry.update({ where: { id: input.id }, data: { count: input.count, note: input.note, updatedById: ctx.user.id } })
  await ctx.audit({
    action: 'petition.paper-edit',
    entityType: 'petition',
    entityId: before.petitionId,
    summary: `${plural(before.count)} (${before.note}) → ${plural(input.count)} (${input.note})`,
  })
}

export async function removePaperEntry(id: string, ctx: Ctx) {
  const entry = await ctx.tx.paperSignatureEntry.findUnique({ where: { id }, select: { count: true, note: true, petitionId: true } })
  if (!entry) throw new AppError('This entry was already removed.')
  await ctx.tx.paperSignatureEntry.delete({ where: { id } })
  await ctx.audit({ action: 'petition.paper-remove', entityType: 'petition', entityId: entry.petitionId, summary: `${plural(entry.count)}: ${entry.note}` })
}

// ---- Uploaded lists -------------------------------------------------------------------------

const countryByName = new Map<string, string>([
  ...countryOptions().map(({ code, name }) => [name.toLowerCase(), code] as const),
  ['uk', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['usa', 'US'],
])

/** A country as people type it on a list: a two-letter code or the English name. */
export function readCountry(text: string): string | null {
  const value = text.trim()
  if (/^[a-z]{2}$/i.test(value) && isCountryCode(value.toUpperCase())) return value.toUpperCase()
  return countryByName.get(value.toLowerCase()) ?? null
}

type Signer = { fullName: string; country: string }

/**
 * Reads a list of names and countries, as exported from a spreadsheet: comma, semicolon or tab
 * separated, with or without a header row ("Name", "Country"). Every problem is reported with
 * its line, and nothing is kept unless every line is right.
 */
export function readPaperList(text: string): Signer[] {
  let rows: string[][]
  try {
    rows = parse(text, { bom: true, delimiter: [',', ';', '\t'], relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw new AppError('The file could not be read as CSV.', {
      file: `The file is not a CSV list${line ? ` (the problem is near line ${line})` : ''}. Save the sheet as “CSV” and try again.`,
    })
  }
  let nameAt = 0
  let countryAt = 1
  let first = 1
  const header = rows[0]?.map((cell) => cell.toLowerCase()) ?? []
  if (header.some((c) => c.includes('name')) && header.some((c) => c.includes('country'))) {
    nameAt = header.findIndex((c) => c.includes('name'))
    countryAt = header.findIndex((c) => c.includes('country'))
    rows = rows.slice(1)
    first = 2
  }
  if (rows.length === 0) throw new AppError('The list is empty.', { file: 'The file has no names in it.' })
  if (rows.length > PAPER_CSV_MAX_ROWS) {
    throw new AppError('The list is too long.', { file: PAPER_CSV_TOO_LARGE })
  }
  const problems: string[] = []
  const signers: Signer[] = []
  rows.forEach((row, i) => {
    const line = i + first
    const fullName = (row[nameAt] ?? '').replace(/\s+/g, ' ')
    const country = readCountry(row[countryAt] ?? '')
    if (!fullName) problems.push(`line ${line}: no name`)
    else if (fullName.length > 200) problems.push(`line ${line}: the name is longer than 200 characters`)
    else if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(fullName)) problems.push(`line ${line}: the name contains control characters`)
    if (!country) problems.push(`line ${line}: “${(row[countryAt] ?? '').slice(0, 40)}” is not a country (write its name in English, or its two-letter code)`)
    if (fullName && country) signers.push({ fullName, country })
  })
  if (problems.length) {
    const shown = problems.slice(0, 5).join('; ')
    throw new AppError('Nothing was added: some lines of the list need correcting.', {
      file: `${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}.`,
    })
  }
  return signers
}

export async function uploadPaperList(input: UploadPaperList, ctx: Ctx) {
  const signers = readPaperList(await input.file.text())
  const title = await petitionTitle(ctx, input.petitionId)
  const entry = await ctx.tx.paperSignatureEntry.create({
    data: { petitionId: input.petitionId, count: signers.length, note: input.note, fromCsv: true, createdById: ctx.user.id },
  })
  await ctx.tx.paperSigner.createMany({ data: signers.map((s) => ({ entryId: entry.id, fullName: s.fullName, country: s.country })) })
  await ctx.audit({
    action: 'petition.paper-add',
    entityType: 'petition',
    entityId: input.petitionId,
    summary: `${plural(signers.length)} from an uploaded list (${input.file.name.slice(0, 100)}) on “${title}”: ${input.note}`,
  })
  return signers.length
}
