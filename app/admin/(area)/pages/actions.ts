'use server'

import { redirect } from 'next/navigation'
import { adminAction } from '@/lib/auth/admin-action'
import { deletePage, movePage, savePage } from '@/lib/pages/editing'
import { movePageSchema, pageEditorSchema, pageIdSchema } from '@/lib/validation/page'

const MESSAGES = { save: 'Saved.', publish: 'Published. It is on the site now.', unpublish: 'Unpublished. Readers no longer see it.' } as const

export const savePageAction = adminAction(
  'pages.write',
  pageEditorSchema,
  async (input, ctx) => {
    const saved = await savePage(input, ctx)
    return { ok: true, id: saved.id, savedAt: saved.updatedAt.toISOString(), message: MESSAGES[input.intent], data: { status: saved.status, slug: saved.slug } }
  },
  { name: 'save page' },
)

export const movePageAction = adminAction(
  'pages.write',
  movePageSchema,
  async ({ id, direction }, ctx) => {
    await movePage(id, direction, ctx)
    return { ok: true, message: 'Moved.' }
  },
  { name: 'move page' },
)

export const deletePageAction = adminAction(
  'pages.write',
  pageIdSchema,
  async ({ id }, ctx) => {
    await deletePage(id, ctx)
    redirect('/admin/pages?deleted=1')
  },
  { name: 'delete page' },
)
