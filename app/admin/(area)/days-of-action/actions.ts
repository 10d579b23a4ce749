'use server'

import { redirect } from 'next/navigation'
import { deleteActionDay, decideEvents, saveActionDay, saveActionDayReport } from '@/lib/action-days/editing'
import { adminAction } from '@/lib/auth/admin-action'
import { actionDayEditorSchema, actionDayIdSchema, actionDayReportSchema, eventDecisionSchema } from '@/lib/validation/action-day'

const MESSAGES = { save: 'Saved.', publish: 'Published. It is on the site now.', unpublish: 'Unpublished. Readers no longer see it.' } as const

export const saveActionDayAction = adminAction(
  'pages.write',
  actionDayEditorSchema,
  async (input, ctx) => {
    const saved = await saveActionDay(input, ctx)
    return { ok: true, id: saved.id, savedAt: saved.updatedAt.toISOString(), message: MESSAGES[input.intent], data: { status: saved.status, slug: saved.slug } }
  },
  { name: 'save day of action' },
)

export const saveActionDayReportAction = adminAction(
  'pages.write',
  actionDayReportSchema,
  async (input, ctx) => {
    await saveActionDayReport(input, ctx)
    return { ok: true, message: 'Report saved. It is on the day’s page now.' }
  },
  { name: 'save day of action report' },
)

export const deleteActionDayAction = adminAction(
  'pages.write',
  actionDayIdSchema,
  async ({ id }, ctx) => {
    await deleteActionDay(id, ctx)
    redirect('/admin/days-of-action?deleted=1')
  },
  { name: 'delete day of action' },
)

export const decideEventsAction = adminAction(
  'signatures.moderate',
  eventDecisionSchema,
  async ({ ids, decision }, ctx) => {
    const n = await decideEvents(ids, decision, ctx)
    const what = n === 1 ? 'protest' : 'protests'
    return { ok: true, message: decision === 'approve' ? `Approved ${n} ${what}: listed on the site now.` : `Rejected ${n} ${what}: never shown.` }
  },
  { name: 'decide protests' },
)
