'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { deleteMediaRecord, updateMediaText } from '@/lib/media/library'
import { deleteMediaSchema, updateMediaSchema } from '@/lib/media/schemas'
import { removeMediaFiles } from '@/lib/media/storage'

// The media library's edits. Uploads go through app/api/admin/media (they are too large for a
// server action). Posts copy an image's alt text and caption when the image is inserted, so
// editing them here changes what the library and the picker offer, not published posts.

export const updateMedia = adminAction(
  'media.write',
  updateMediaSchema,
  async (input, { tx, audit }) => {
    const media = await updateMediaText(tx, input)
    await audit({ action: 'media.update', entityType: 'media', entityId: media.id, summary: `Edited the details of “${media.originalName}”` })
    return { ok: true, message: input.alt ? 'Saved.' : 'Saved. This image still has no description (alt text).', id: media.id }
  },
  { name: 'update media' },
)

/**
 * Deletes an image nobody uses. The files go only after the row's transaction has committed:
 * removing them inside it would leave a row pointing at nothing if the commit failed.
 */
export const deleteMedia = adminAction(
  'media.write',
  deleteMediaSchema,
  async (input, { tx, audit, afterCommit }) => {
    const outcome = await deleteMediaRecord(tx, input.id)
    if (!outcome.ok) return outcome
    await audit({ action: 'media.delete', entityType: 'media', entityId: input.id, summary: `Deleted “${outcome.media.originalName}”` })
    afterCommit(() => removeMediaFiles(outcome.media.storageKey))
    return { ok: true, message: `Deleted “${outcome.media.originalName}”.` }
  },
  { name: 'delete media' },
)
