'use server'

import { counted } from '@/lib/format'
import { adminAction } from '@/lib/auth/admin-action'
import { saveUpdate, sendTestUpdate, startSending } from '@/lib/updates/editing'
import { sendUpdateSchema, updateEditorSchema, updateIdSchema } from '@/lib/validation/update'

export const saveUpdateAction = adminAction(
  'petitions.write',
  updateEditorSchema,
  async (input, ctx) => {
    const saved = await saveUpdate(input, ctx)
    return { ok: true, id: saved.id, message: 'Saved. Check the preview, send yourself a test, then send it.' }
  },
  { name: 'save update' },
)

export const sendTestUpdateAction = adminAction(
  'petitions.write',
  updateIdSchema,
  async ({ id }, ctx) => {
    const to = await sendTestUpdate(id, ctx)
    return { ok: true, message: `A test was sent to ${to}. Its unsubscribe link is only a sample.` }
  },
  // Talks to the mail server inside the transaction: longer than Prisma's default 5 s.
  { name: 'send a test update', timeout: 60_000 },
)

export const sendUpdateAction = adminAction(
  'petitions.write',
  sendUpdateSchema,
  async ({ id, expected }, ctx) => {
    const total = await startSending(id, expected, ctx)
    return { ok: true, message: `Sending to ${counted(total, 'signer')}. Progress is shown below.` }
  },
  // One delivery row per recipient, written in one statement: a big petition takes seconds.
  { name: 'send update', timeout: 120_000 },
)
