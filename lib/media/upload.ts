import 'server-only'
import { recordAudit } from '@/lib/audit/record'
import type { CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db/client'
import type { Media } from '@/lib/generated/prisma/client'
import { inspectImage } from '@/lib/media/inspect'
import { writeVariants } from '@/lib/media/process'
import { newStorageKey, removeMediaFiles } from '@/lib/media/storage'
import type { UploadFields } from '@/lib/media/upload-form'

// Stores one upload: inspect, write the sizes to disk, then the media row and its audit row in
// one transaction. Either all of it exists afterwards or none of it: a refused file never
// reaches the disk, and files written for an upload whose row failed are removed again.

export type UploadInput = {
  bytes: Uint8Array
  originalName: string
  fields: UploadFields
  /** Who uploaded it: a signed-in user, or a command-line import (id null, a label as email). */
  actor: Pick<CurrentUser, 'email'> & { id: string | null }
  ipHash: string | null
}

export type UploadOutcome = { ok: true; media: Media } | { ok: false; message: string }

export async function storeUpload(input: UploadInput): Promise<UploadOutcome> {
  const inspected = await inspectImage(input.bytes)
  if (!inspected.ok) return inspected
  const storageKey = newStorageKey()
  try {
    const image = await writeVariants(input.bytes, storageKey, inspected.width)
    const media = await db.$transaction(async (tx) => {
      const row = await tx.media.create({
        data: {
          storageKey,
          originalName: input.originalName,
          mimeType: inspected.mimeType,
          // The largest stored size, not the original's: the original is not kept.
          width: image.width,
          height: image.height,
          bytes: input.bytes.length,
          variantWidths: image.variantWidths,
          ...input.fields,
          uploadedById: input.actor.id,
        },
      })
      await recordAudit(
        tx,
        { id: input.actor.id, label: input.actor.email },
        { action: 'media.upload', entityType: 'media', entityId: row.id, summary: `Uploaded “${row.originalName}” (${row.width} × ${row.height})` },
        input.ipHash,
      )
      return row
    })
    return { ok: true, media }
  } catch (error) {
    await removeMediaFiles(storageKey).catch(() => {})
    throw error
  }
}
