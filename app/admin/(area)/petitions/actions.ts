'use server'

import { redirect } from 'next/navigation'
import { adminAction } from '@/lib/auth/admin-action'
import { deletePetition, featurePetition, savePetition } from '@/lib/petitions/editing'
import { featurePetitionSchema, petitionEditorSchema, petitionIdSchema } from '@/lib/validation/petition'

const MESSAGES = {
  save: 'Saved.',
  open: 'Opened. It is on the site and takes signatures now.',
  close: 'Closed. It stays on the site and takes no more signatures.',
  reopen: 'Reopened. It takes signatures again.',
  deliver: 'Marked delivered. The petition’s page says so now.',
} as const

export const savePetitionAction = adminAction(
  'petitions.write',
  petitionEditorSchema,
  async (input, ctx) => {
    const saved = await savePetition(input, ctx)
    return { ok: true, id: saved.id, savedAt: saved.updatedAt.toISOString(), message: MESSAGES[input.intent], data: { status: saved.status, slug: saved.slug } }
  },
  { name: 'save petition' },
)

export const featurePetitionAction = adminAction(
  'petitions.write',
  featurePetitionSchema,
  async ({ id }, ctx) => {
    await featurePetition(id, ctx)
    return { ok: true, message: id ? 'It stands in the sidebar of every page now.' : 'No petition stands in the sidebar now.' }
  },
  { name: 'feature petition' },
)

export const deletePetitionAction = adminAction(
  'petitions.write',
  petitionIdSchema,
  async ({ id }, ctx) => {
    await deletePetition(id, ctx)
    redirect('/admin/petitions?deleted=1')
  },
  { name: 'delete petition' },
)
