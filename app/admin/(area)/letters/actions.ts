'use server'

import { redirect } from 'next/navigation'
import { adminAction } from '@/lib/auth/admin-action'
import { deleteLetter, releaseHeldSends, saveLetter } from '@/lib/letters/editing'
import { decideSenderNames, senderNamesMessage } from '@/lib/letters/sender-names'
import { letterEditorSchema, letterIdSchema } from '@/lib/validation/letter'
import { reviewDecisionSchema } from '@/lib/validation/supporter'

const MESSAGES = {
  save: 'Saved.',
  open: 'Opened. It is on the site and counts letters now.',
  close: 'Closed. It stays on the site and counts no more letters.',
  reopen: 'Reopened. It counts letters again.',
} as const

export const saveLetterAction = adminAction(
  'petitions.write',
  letterEditorSchema,
  async (input, ctx) => {
    const saved = await saveLetter(input, ctx)
    return { ok: true, id: saved.id, savedAt: saved.updatedAt.toISOString(), message: MESSAGES[input.intent], data: { status: saved.status, slug: saved.slug } }
  },
  { name: 'save letter action' },
)

export const deleteLetterAction = adminAction(
  'petitions.write',
  letterIdSchema,
  async ({ id }, ctx) => {
    await deleteLetter(id, ctx)
    redirect('/admin/letters?deleted=1')
  },
  { name: 'delete letter action' },
)

export const releaseHeldSendsAction = adminAction(
  'signatures.moderate',
  letterIdSchema,
  async ({ id }, ctx) => {
    const n = await releaseHeldSends(id, ctx)
    return { ok: true, message: n ? `${n.toLocaleString('en')} held ${n === 1 ? 'press counts' : 'presses count'} now.` : 'No presses were held.' }
  },
  { name: 'count held letters' },
)

/** Names shown beside "I sent it": moderated like supporters and solidarity messages. */
export const decideSenderNamesAction = adminAction(
  'supporters.moderate',
  reviewDecisionSchema,
  async ({ ids, decision }, ctx) => {
    const { count, skipped } = await decideSenderNames(ids, decision, ctx)
    return { ok: true, message: senderNamesMessage(decision, count, skipped) }
  },
  { name: 'moderate letter senders’ names' },
)
