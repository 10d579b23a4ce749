'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { decideHeldSignatures } from '@/lib/moderation/queue'
import { moderationDecisionSchema } from '@/lib/validation/moderation'

export const decideSignaturesAction = adminAction(
  'signatures.moderate',
  moderationDecisionSchema,
  async (input, ctx) => {
    const { count, skipped } = await decideHeldSignatures(input, ctx)
    const done = input.decision === 'approve' ? `Approved ${count}: confirmed ones count now.` : `Rejected ${count}: they will never count.`
    const already = skipped ? ` ${skipped} had already been decided by someone else.` : ''
    return { ok: true, message: count === 0 ? 'These signatures had already been decided.' : `${done}${already}` }
  },
  { name: 'moderate signatures' },
)
