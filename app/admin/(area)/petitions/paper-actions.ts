'use server'

import { counted } from '@/lib/format'
import { adminAction } from '@/lib/auth/admin-action'
import { addPaperCount, editPaperEntry, removePaperEntry, uploadPaperList } from '@/lib/petitions/paper-signatures'
import { addPaperCountSchema, editPaperEntrySchema, paperEntryIdSchema, uploadPaperListSchema } from '@/lib/validation/paper-signatures'

export const addPaperCountAction = adminAction(
  'petitions.write',
  addPaperCountSchema,
  async (input, ctx) => {
    await addPaperCount(input, ctx)
    return { ok: true, message: `Added ${counted(input.count, 'paper signature')}. They count toward the total now.` }
  },
  { name: 'add paper signatures' },
)

export const uploadPaperListAction = adminAction(
  'petitions.write',
  uploadPaperListSchema,
  async (input, ctx) => {
    const n = await uploadPaperList(input, ctx)
    return { ok: true, message: `Added the list: ${counted(n, 'paper signature')}. They count toward the total now.` }
  },
  { name: 'upload paper signatures' },
)

export const editPaperEntryAction = adminAction(
  'petitions.write',
  editPaperEntrySchema,
  async (input, ctx) => {
    await editPaperEntry(input, ctx)
    return { ok: true, message: 'Corrected.' }
  },
  { name: 'correct paper signatures' },
)

export const removePaperEntryAction = adminAction(
  'petitions.write',
  paperEntryIdSchema,
  async ({ id }, ctx) => {
    await removePaperEntry(id, ctx)
    return { ok: true, message: 'Removed. The total no longer counts them.' }
  },
  { name: 'remove paper signatures' },
)
