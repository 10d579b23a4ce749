'use server'

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
  { name: 'send a test update' },
)

export const sendUpdateAction = adminAction(
  'petitions.write',
  sendUpdateSchema,
  async ({ id, expected }, ctx) => {
    const total = await startSending(id, expected, ctx)
    return { ok: true, message: `Sending to ${total.toLocaleString('en')} signer${total === 1 ? '' : 's'}. Progress is shown below.` }
  },
  { name: 'send update' },
)
