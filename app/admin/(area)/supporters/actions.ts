'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { decideEntries, decisionMessage } from '@/lib/public-forms/review'
import { editSupporter, mergeSupporters } from '@/lib/supporters/admin'
import { reviewDecisionSchema, supporterEditSchema, supporterMergeSchema } from '@/lib/validation/supporter'

// Moderators' actions on the supporters list and on solidarity messages: each checks the
// permission, parses its input and writes its audit row in the change's transaction (adminAction).

export const decideSupportersAction = adminAction(
  'supporters.moderate',
  reviewDecisionSchema,
  async ({ ids, decision }, ctx) => {
    const { count, skipped } = await decideEntries('supporter', ids, decision, ctx)
    return { ok: true, message: decisionMessage('supporter', decision, count, skipped) }
  },
  { name: 'moderate supporters' },
)

export const decideMessagesAction = adminAction(
  'supporters.moderate',
  reviewDecisionSchema,
  async ({ ids, decision }, ctx) => {
    const { count, skipped } = await decideEntries('message', ids, decision, ctx)
    return { ok: true, message: decisionMessage('message', decision, count, skipped) }
  },
  { name: 'moderate solidarity messages' },
)

export const editSupporterAction = adminAction(
  'supporters.moderate',
  supporterEditSchema,
  async (input, ctx) => {
    const changed = await editSupporter(input, ctx)
    return { ok: true, message: changed ? 'Saved. The public list shows the change at once.' : 'Nothing was changed.' }
  },
  { name: 'edit supporter' },
)

export const mergeSupportersAction = adminAction(
  'supporters.moderate',
  supporterMergeSchema,
  async ({ ids }, ctx) => {
    const { removed } = await mergeSupporters(ids, ctx)
    return { ok: true, message: `Merged: ${removed} duplicate${removed === 1 ? '' : 's'} removed, the oldest entry kept with their details filled in.` }
  },
  { name: 'merge supporters' },
)
