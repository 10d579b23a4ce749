'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { adminAction } from '@/lib/auth/admin-action'
import { requestUndo, startInvalidation } from '@/lib/moderation/invalidation'
import { signatureFilterSchema } from '@/lib/validation/signature-search'

export const startInvalidationAction = adminAction(
  'signatures.moderate',
  signatureFilterSchema,
  async (filter, ctx) => {
    const { id } = await startInvalidation(filter, ctx)
    redirect(`/admin/moderation/invalidations/${id}`)
  },
  { name: 'invalidate signatures' },
)

export const undoInvalidationAction = adminAction(
  'signatures.moderate',
  z.object({ id: z.uuid('Choose an invalidation from the list.') }),
  async ({ id }, ctx) => {
    await requestUndo(id, ctx)
    return { ok: true, message: 'Undoing: the signatures are being put back as they were.' }
  },
  { name: 'undo an invalidation' },
)
