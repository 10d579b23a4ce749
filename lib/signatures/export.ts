import 'server-only'
import { stringify, type Options } from 'csv-stringify/sync'
import pg from 'pg'
import { recordAudit, type AuditActor } from '@/lib/audit/record'
import { db } from '@/lib/db/client'
import { parseEnv } from '@/lib/env'
import { countryName } from '@/lib/petitions/countries'
import { EXPORT_COLUMN_LABELS, type ExportColumn, type ExportRequest } from '@/lib/validation/signature-export'

// A petition's confirmed, counted signatures (confirmed and not held) as CSV, for delivery to
// its target, with names only of the signers who agreed to that, then the names typed up from
// paper lists. Streamed from a PostgreSQL cursor a batch at a time, and only as fast as the
// browser reads, so memory stays flat however many there are. The count and the rows come
// from one snapshot (a REPEATABLE READ transaction), so the file has exactly the announced
// number of rows. Every cell a spreadsheet could run as a formula (starting with = + - @, tab
// or CR) gets a leading apostrophe, and the file starts with a UTF-8 BOM so Excel reads
// Cyrillic and Kazakh names. Exports use their own connection, never the sign path's pool.

const BATCH_ROWS = 2_000

const CSV_OPTIONS: Options = { escape_formulas: true, record_delimiter: 'windows' }

// The name, town and comment of a signer who did not tick "include my name in the list handed
// to the addressee" never leave the database: the addressee learns only their country.
const SOURCE: Record<ExportColumn, string> = {
  name: 'CASE WHEN share_with_target THEN full_name END AS full_name',
  country: 'country',
  city: 'CASE WHEN share_with_target THEN city END AS city',
  comment: 'CASE WHEN share_with_target THEN comment END AS comment',
  signed: 'created_at',
  email: 'email',
}

// Names typed up from printed sheets: the sheet told each signer their name goes to the addressee.
const PAPER_SOURCE: Record<ExportColumn, string> = {
  name: 'p.full_name',
  country: 'p.country',
  city: 'NULL::text AS city',
  comment: 'NULL::text AS comment',
  signed: 'e.created_at',
  email: 'NULL::text AS email',
}

export const NAME_NOT_SHARED = '(name not shared)'

type Row = Partial<{ full_name: string; country: string; city: string | null; comment: string | null; created_at: Date; email: string }>

function cell(column: ExportColumn, row: Row): string {
  switch (column) {
    case 'name':
      return row.full_name ?? NAME_NOT_SHARED
    case 'country':
      return row.country ? countryName(row.country) : ''
    case 'signed':
      return row.created_at ? row.created_at.toISOString().slice(0, 10) : ''
    case 'email':
      return row.email ?? ''
    default:
      return row[column] ?? ''
  }
}

/** Open petitions and past ones with their number of counted signatures, for the export form. */
export async function listPetitionsForExport() {
  const [petitions, tallies, paper] = await Promise.all([
    db.petition.findMany({ where: { status: { not: 'draft' } }, orderBy: { createdAt: 'desc' }, select: { id: true, title: true, slug: true } }),
    // The tallies hold exactly the confirmed, unheld signatures: no scan of the signatures.
    db.petitionTally.groupBy({ by: ['petitionId'], _sum: { count: true } }),
    // Uploaded paper lists are exported name by name (a bare number has no names to list).
    db.paperSignatureEntry.groupBy({ by: ['petitionId'], where: { fromCsv: true }, _sum: { count: true } }),
  ])
  const counts = new Map(tallies.map((t) => [t.petitionId, t._sum.count ?? 0]))
  const named = new Map(paper.map((t) => [t.petitionId, t._sum.count ?? 0]))
  return petitions.map((p) => ({ ...p, signatures: (counts.get(p.id) ?? 0) + (named.get(p.id) ?? 0) }))
}

export type SignatureExport = { filename: string; rows: number; body: ReadableStream<Uint8Array> }

/**
 * Starts an export and records it in the audit log (who, petition, columns, rows) before the
 * first byte leaves. Null when there is no such petition.
 */
export async function startSignatureExport(request: ExportRequest, actor: AuditActor, ipHash: string | null): Promise<SignatureExport | null> {
  const petition = await db.petition.findFirst({ where: { id: request.petition, status: { not: 'draft' } }, select: { id: true, slug: true, title: true } })
  if (!petition) return null
  const client = new pg.Client({ connectionString: parseEnv().DATABASE_URL })
  let open = true
  const finish = async (outcome: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    await client.query(outcome).catch(() => {})
    await client.end().catch(() => {})
  }
  client.on('error', (error) => console.error('[placard] signature export lost its database connection:', error.message))
  await client.connect()
  try {
    // A download paused or abandoned by the browser must not hold its snapshot for ever (that
    // would keep PostgreSQL from cleaning up the tallies a storm rewrites): a minute without a
    // fetch ends the transaction, and the download with it.
    await client.query(`SET idle_in_transaction_session_timeout = '60s'; SET statement_timeout = '120s'`)
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const where = `petition_id = $1 AND status = 'confirmed' AND NOT held`
    const paperWhere = `e.petition_id = $1`
    const { rows: counted } = await client.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM signatures WHERE ${where}) + (SELECT count(*) FROM paper_signers p JOIN paper_signature_entries e ON e.id = p.entry_id WHERE ${paperWhere}) AS n`,
      [petition.id],
    )
    const rows = Number(counted[0]!.n)
    const select = [...new Set(request.columns.map((c) => SOURCE[c]))].join(', ')
    const paperSelect = [...new Set(request.columns.map((c) => PAPER_SOURCE[c]))].join(', ')
    // Online signatures first (in the order they came), then the names from paper lists.
    await client.query(`DECLARE signature_export NO SCROLL CURSOR FOR SELECT ${select} FROM signatures WHERE ${where} ORDER BY created_at, id`, [petition.id])
    await client.query(
      `DECLARE paper_export NO SCROLL CURSOR FOR SELECT ${paperSelect} FROM paper_signers p JOIN paper_signature_entries e ON e.id = p.entry_id WHERE ${paperWhere} ORDER BY e.created_at, p.id`,
      [petition.id],
    )
    const cursors = ['signature_export', 'paper_export']
    await recordAudit(
      db,
      actor,
      {
        action: 'signatures.export',
        entityType: 'petition',
        entityId: petition.id,
        summary: `${rows} signature${rows === 1 ? '' : 's'} of “${petition.title}”; columns: ${request.columns.map((c) => EXPORT_COLUMN_LABELS[c]).join(', ')}`,
      },
      ipHash,
    )
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          // The headings go out at once, so the download starts before the first batch is read.
          controller.enqueue(encoder.encode(stringify([request.columns.map((c) => EXPORT_COLUMN_LABELS[c])], { ...CSV_OPTIONS, bom: true })))
        },
        async pull(controller) {
          try {
            let batch = await client.query<Row>(`FETCH ${BATCH_ROWS} FROM ${cursors[0]}`)
            while (batch.rows.length === 0 && cursors.length > 1) {
              cursors.shift()
              batch = await client.query<Row>(`FETCH ${BATCH_ROWS} FROM ${cursors[0]}`)
            }
            if (batch.rows.length === 0) {
              await finish('COMMIT')
              controller.close()
              return
            }
            const records = batch.rows.map((row) => request.columns.map((column) => cell(column, row)))
            controller.enqueue(encoder.encode(stringify(records, CSV_OPTIONS)))
          } catch (error) {
            console.error('[placard] signature export of petition %s failed:', petition.slug, error)
            await finish('ROLLBACK')
            controller.error(error)
          }
        },
        async cancel() {
          await finish('ROLLBACK')
        },
      },
      // One batch read ahead at most: the next is fetched only once the reader has taken this one.
      { highWaterMark: 1 },
    )
    const date = new Date().toISOString().slice(0, 10)
    return { filename: `signatures-${petition.slug}-${date}.csv`, rows, body }
  } catch (error) {
    await finish('ROLLBACK')
    throw error
  }
}
