import 'server-only'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { recordAudit } from '@/lib/audit/record'
import type { CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db/client'
import { parseEnv } from '@/lib/env'
import { Prisma, type WordpressImportRun } from '@/lib/generated/prisma/client'
import type { ImportFields, ImportRunJson, ImportState } from '@/lib/validation/wordpress-import'
import type { ImportReport } from '@/lib/wordpress/report'

// Imports started in the admin area, as rows of wordpress_import_runs: the web server creates
// one (with its job, in one transaction) once the export is on disk; the worker
// (lib/wordpress/import-job.ts) runs it and writes its progress; the screen reads it. At most
// one run is queued or running, which the database itself enforces (a partial unique index).

export const WORDPRESS_IMPORT_JOB = 'wordpress-import'

/** A run with no sign of life for this long is given up: its worker died and none took it over. */
export const ABANDONED_AFTER_MINUTES = 10

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Uploaded exports wait here (outside MEDIA_DIR: nothing in it is ever served). */
export function exportsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ parseEnv().PLACARD_DATA_DIR, 'wordpress-imports')
}

/** The export of one run; every path is built from an id that is a UUID, or not at all. */
export function exportPath(runId: string): string {
  if (!UUID.test(runId)) throw new Error(`Refusing a malformed import run id: ${JSON.stringify(runId.slice(0, 40))}`)
  return path.join(/*turbopackIgnore: true*/ exportsDir(), `${runId}.xml`)
}

/** An export is removed once its run is over: it holds the old site's authors' and commenters' addresses. */
export async function removeExport(runId: string) {
  await rm(exportPath(runId), { force: true })
}

export const abandonedMessage = (minutes: number) =>
  `The worker stopped during this import and no worker took it up again within ${minutes} minutes. Posts it had imported are complete; start the import again to finish (nothing is imported twice).`
const NEVER_STARTED = `No worker picked this import up within ${ABANDONED_AFTER_MINUTES} minutes. Is the worker running? (npm start runs one; with several servers, npm run worker.) Start the import again once it is.`

/** Marks runs whose worker is gone as failed, so none stays "running" (and blocks the next) for ever. */
export async function failAbandonedRuns(): Promise<number> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE wordpress_import_runs
    SET state = 'failed', finished_at = now(),
        error = CASE WHEN state = 'queued' THEN ${NEVER_STARTED} ELSE ${abandonedMessage(ABANDONED_AFTER_MINUTES)} END
    WHERE (state = 'running' AND heartbeat_at < now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES}))
       OR (state = 'queued' AND coalesce(heartbeat_at, created_at) < now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES}))
    RETURNING id::text`
  for (const { id } of rows) await removeExport(id).catch(() => {})
  return rows.length
}

export async function getActiveRun(): Promise<WordpressImportRun | null> {
  return db.wordpressImportRun.findFirst({ where: { state: { in: ['queued', 'running'] } } })
}

export type StartOutcome = { ok: true; run: WordpressImportRun } | { ok: false; code: 'busy' | 'no-petition' }

/**
 * Turns an uploaded export (already on disk at `upload`) into a queued run: the row, the file
 * moved to its place, the job and the audit entry, all or nothing. Refused while another run is
 * queued or running, or when the petition for [signature] is gone; the caller removes the file.
 */
export async function startImportRun(
  upload: { path: string; fileName: string; bytes: number },
  fields: ImportFields,
  user: CurrentUser,
  ipHash: string | null,
): Promise<StartOutcome> {
  if (fields.signaturePetition && !(await db.petition.findUnique({ where: { slug: fields.signaturePetition }, select: { id: true } })))
    return { ok: false, code: 'no-petition' }
  try {
    const run = await db.$transaction(async (tx) => {
      const run = await tx.wordpressImportRun.create({
        data: {
          fileName: upload.fileName,
          fileBytes: upload.bytes,
          dryRun: Boolean(fields.dryRun),
          signaturePetition: fields.signaturePetition,
          startedById: user.id,
          startedByName: user.name,
        },
      })
      await tx.$executeRaw`INSERT INTO jobs (kind, payload) VALUES (${WORDPRESS_IMPORT_JOB}, jsonb_build_object('runId', ${run.id}::text))`
      const what = fields.dryRun ? 'Started a dry run of a WordPress import' : 'Started a WordPress import'
      await recordAudit(
        tx,
        { id: user.id, label: user.email },
        { action: 'wordpress.import', entityType: 'wordpress_import_run', entityId: run.id, summary: `${what}: “${run.fileName}” (${upload.bytes} bytes)` },
        ipHash,
      )
      // Last, so a refused row leaves the upload where the caller removes it.
      await rename(upload.path, exportPath(run.id))
      return run
    })
    return { ok: true, run }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, code: 'busy' }
    throw error
  }
}

export async function listImportRuns(limit = 20): Promise<WordpressImportRun[]> {
  return db.wordpressImportRun.findMany({ orderBy: { createdAt: 'desc' }, take: limit })
}

export async function getImportRun(id: string): Promise<WordpressImportRun | null> {
  return UUID.test(id) ? db.wordpressImportRun.findUnique({ where: { id } }) : null
}

export function toImportRunJson(run: WordpressImportRun): ImportRunJson {
  return {
    id: run.id,
    state: run.state as ImportState,
    fileName: run.fileName,
    fileBytes: Number(run.fileBytes),
    dryRun: run.dryRun,
    signaturePetition: run.signaturePetition,
    startedByName: run.startedByName,
    pass: run.pass,
    bytesRead: Number(run.bytesRead),
    itemsDone: run.itemsDone,
    attempts: run.attempts,
    error: run.error,
    report: (run.report as ImportReport | null) ?? null,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  }
}
