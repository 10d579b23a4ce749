import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { announcePetitionNumbers } from '@/lib/content/changes'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { filterConditions, type SignatureRow } from '@/lib/moderation/signature-search'
import { EMPTY_FILTER_MESSAGE, isEmptyFilter, signatureFilterSchema, type SignatureFilter } from '@/lib/validation/signature-search'

// Bulk invalidation: every pending or confirmed signature matching a filter is marked
// invalidated by the worker, in batches of BATCH_SIZE rows per transaction, each batch ordered by id and
// locking only its own rows for milliseconds, so signers and confirmations never wait long on
// it. The rows are fixed when it starts (what the preview counted) and each one this operation
// changed keeps its previous status, so an undo puts back exactly those and nothing a
// moderator changed afterwards. The tally trigger moves the public count in the same
// transaction as each batch; a NOTIFY per batch refreshes the cached petition pages.

export const BATCH_SIZE = 1_000
export const SAMPLE_SIZE = 20
export const INVALIDATION_JOB = 'signature-invalidation'

const stillCounting = Prisma.sql`s.status IN ('pending', 'confirmed')`

export async function previewInvalidation(filter: SignatureFilter) {
  const where = filterConditions(filter)
  const [count, sample] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM signatures s WHERE ${where} AND ${stillCounting}`,
    db.$queryRaw<SignatureRow[]>`
      SELECT s.id::text, s.full_name, s.email, s.email_domain, s.country, s.status::text, s.held, s.hold_reasons, s.ip_hash, s.created_at, p.title AS petition_title
      FROM signatures s JOIN petitions p ON p.id = s.petition_id
      WHERE ${where} AND ${stillCounting} ORDER BY s.created_at DESC, s.id DESC LIMIT ${SAMPLE_SIZE}`,
  ])
  return { count: count[0]?.n ?? 0, sample }
}

/**
 * Records the operation and queues the worker's job, which first fixes the signatures it covers
 * (a plain read: no row is locked) and then changes them batch by batch.
 */
export async function startInvalidation(filter: SignatureFilter, ctx: Pick<ActionContext, 'tx' | 'audit' | 'user'>) {
  if (isEmptyFilter(filter)) throw new AppError(EMPTY_FILTER_MESSAGE)
  const [{ n }] = await ctx.tx.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM signatures s WHERE ${filterConditions(filter)} AND ${stillCounting}`
  if (n === 0) throw new AppError('No pending or confirmed signature matches this filter any more: there is nothing to invalidate.')
  const operation = await ctx.tx.signatureInvalidation.create({
    data: { filter, state: 'queued', total: n, requestedById: ctx.user.id, requestedByLabel: ctx.user.email },
    select: { id: true },
  })
  await ctx.tx.job.create({ data: { kind: INVALIDATION_JOB, payload: { invalidationId: operation.id } } })
  await ctx.audit({
    action: 'signatures.invalidate',
    entityType: 'signature_invalidation',
    entityId: operation.id,
    summary: `${n} signature${n === 1 ? '' : 's'} matching ${JSON.stringify(filter)}`,
  })
  return { id: operation.id, total: n }
}

export async function requestUndo(id: string, ctx: Pick<ActionContext, 'tx' | 'audit' | 'user'>) {
  const { count } = await ctx.tx.signatureInvalidation.updateMany({
    where: { id, state: { in: ['done', 'stopped'] } },
    data: { state: 'undoing', undoRequestedAt: new Date(), undoneByLabel: ctx.user.email, stoppedReason: null },
  })
  if (count === 0) throw new AppError('This invalidation can’t be undone now: it is still running, or it has already been undone.')
  const operation = await ctx.tx.signatureInvalidation.findUniqueOrThrow({ where: { id }, select: { filter: true, changed: true } })
  await ctx.tx.job.create({ data: { kind: INVALIDATION_JOB, payload: { invalidationId: id } } })
  await ctx.audit({
    action: 'signatures.invalidate-undo',
    entityType: 'signature_invalidation',
    entityId: id,
    summary: `${operation.changed} signature${operation.changed === 1 ? '' : 's'} matching ${JSON.stringify(operation.filter)}`,
  })
}

/**
 * The job queue gave up on this operation: its screen says it stopped, and why. What it changed
 * so far stays changed, and Undo puts exactly that back.
 */
export async function stopInvalidation(id: string, reason: string) {
  await db.signatureInvalidation.updateMany({
    where: { id, state: { in: ['queued', 'running', 'undoing'] } },
    data: { state: 'stopped', stoppedReason: reason.slice(0, 500), finishedAt: new Date() },
  })
}

/** Runs one batch of the operation in its own transaction; false once there is nothing left. */
export async function runInvalidationBatch(id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [operation] = await tx.$queryRaw<{ state: string; filter: unknown; created_at: Date }[]>`
      SELECT state, filter, created_at FROM signature_invalidations WHERE id = ${id}::uuid FOR UPDATE`
    if (operation?.state === 'queued') return fixItems(tx, id, operation.filter, operation.created_at)
    if (operation?.state === 'running') return applyBatch(tx, id)
    if (operation?.state === 'undoing') return undoBatch(tx, id)
    return false
  })
}

type Tx = Prisma.TransactionClient

/**
 * The signatures the operation covers: those matching when the moderator confirmed it, never
 * one that arrived while the job waited its turn behind a storm's confirmation emails.
 */
async function fixItems(tx: Tx, id: string, stored: unknown, confirmedAt: Date) {
  const filter = signatureFilterSchema.parse(stored)
  if (isEmptyFilter(filter)) throw new Error(`invalidation ${id} has an empty filter`)
  const total = await tx.$executeRaw`
    INSERT INTO signature_invalidation_items (invalidation_id, signature_id)
    SELECT ${id}::uuid, s.id FROM signatures s WHERE ${filterConditions(filter)} AND ${stillCounting} AND s.created_at <= ${confirmedAt}`
  await tx.signatureInvalidation.update({ where: { id }, data: { state: 'running', total } })
  return true
}

async function applyBatch(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ changed: boolean; petition_id: string | null }[]>`
    WITH batch AS (
      SELECT signature_id FROM signature_invalidation_items
      WHERE invalidation_id = ${id}::uuid AND NOT applied ORDER BY signature_id LIMIT ${BATCH_SIZE}
    ), locked AS (
      SELECT s.id, s.status FROM signatures s
      WHERE s.id IN (SELECT signature_id FROM batch) AND ${stillCounting} ORDER BY s.id FOR UPDATE
    ), changed AS (
      UPDATE signatures s SET status = 'invalidated' FROM locked WHERE s.id = locked.id
      RETURNING s.id, s.petition_id, locked.status AS previous
    )
    UPDATE signature_invalidation_items i SET applied = true, previous_status = changed.previous
    FROM batch LEFT JOIN changed ON changed.id = batch.signature_id
    WHERE i.invalidation_id = ${id}::uuid AND i.signature_id = batch.signature_id
    RETURNING changed.id IS NOT NULL AS changed, changed.petition_id::text`
  const changed = rows.filter((r) => r.changed).length
  if (rows.length === 0) {
    await tx.signatureInvalidation.update({ where: { id }, data: { state: 'done', finishedAt: new Date() } })
    return false
  }
  await tx.signatureInvalidation.update({ where: { id }, data: { changed: { increment: changed } } })
  await notifyPetitions(tx, rows)
  return true
}

async function undoBatch(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ restored: boolean; petition_id: string | null }[]>`
    WITH batch AS (
      SELECT signature_id, previous_status FROM signature_invalidation_items
      WHERE invalidation_id = ${id}::uuid AND previous_status IS NOT NULL AND NOT restored
      ORDER BY signature_id LIMIT ${BATCH_SIZE}
    ), restored AS (
      UPDATE signatures s SET status = batch.previous_status FROM batch
      WHERE s.id = batch.signature_id AND s.status = 'invalidated'
      RETURNING s.id, s.petition_id
    )
    UPDATE signature_invalidation_items i SET restored = true
    FROM batch LEFT JOIN restored ON restored.id = batch.signature_id
    WHERE i.invalidation_id = ${id}::uuid AND i.signature_id = batch.signature_id
    RETURNING restored.id IS NOT NULL AS restored, restored.petition_id::text`
  if (rows.length === 0) {
    await tx.signatureInvalidation.update({ where: { id }, data: { state: 'undone', undoneAt: new Date() } })
    return false
  }
  await tx.signatureInvalidation.update({ where: { id }, data: { restored: { increment: rows.filter((r) => r.restored).length } } })
  await notifyPetitions(tx, rows)
  return true
}

/** The petition pages refresh (lib/content/listener.ts); the live count needs nothing. */
const notifyPetitions = (tx: Tx, rows: { petition_id: string | null }[]) =>
  announcePetitionNumbers(
    tx,
    rows.flatMap((r) => (r.petition_id ? [r.petition_id] : [])),
  )

export function getInvalidation(id: string) {
  return db.signatureInvalidation.findUnique({ where: { id } })
}

export function listInvalidations(take = 50) {
  return db.signatureInvalidation.findMany({ orderBy: { createdAt: 'desc' }, take })
}
