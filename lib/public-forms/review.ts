import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { counted } from '@/lib/format'
import { isConfirmationJobOf, OPT_IN } from '@/lib/opt-in/kinds'
import type { FormKind } from '@/lib/public-forms/opt-in'

// A moderator's decisions on supporter entries and solidarity messages. Approving shows a
// confirmed entry (the trigger in the migration refreshes the pages showing it); rejecting
// deletes a confirmed one, and removing ("take my name off, please") deletes any. Only entries
// still in the state the decision expects change, so a second click or a colleague's decision a
// moment earlier is not applied twice. Each decision is written to the audit log with the ids.

export type ReviewDecision = 'approve' | 'reject' | 'remove'

const NOUN: Record<FormKind, [string, string]> = {
  supporter: ['supporter entry', 'supporter entries'],
  message: ['solidarity message', 'solidarity messages'],
}

export async function decideEntries(kind: FormKind, ids: string[], decision: ReviewDecision, ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  const { table } = OPT_IN[kind]
  const count =
    decision === 'approve'
      ? await ctx.tx.$executeRawUnsafe(`UPDATE ${table} SET status = 'approved', approved_at = now() WHERE id = ANY($1::uuid[]) AND status = 'confirmed'`, ids)
      : await ctx.tx.$executeRawUnsafe(`DELETE FROM ${table} WHERE id = ANY($1::uuid[]) ${decision === 'reject' ? `AND status = 'confirmed'` : ''}`, ids)
  if (count > 0) {
    // A removed entry's confirmation email must not go out after all.
    if (decision !== 'approve')
      await ctx.tx.$executeRawUnsafe(`DELETE FROM jobs WHERE done_at IS NULL AND ${isConfirmationJobOf(kind, 'jobs', 'ANY($1::text[])')}`, ids)
    await ctx.audit({
      action: `${kind === 'supporter' ? 'supporters' : 'messages'}.${decision}`,
      entityType: kind,
      entityId: ids.length === 1 ? ids[0] : undefined,
      summary: `${counted(count, ...NOUN[kind])}${ids.length > 1 ? `: ${ids.join(', ')}` : ''}`.slice(0, 1000),
    })
  }
  return { count, skipped: ids.length - count }
}

export function decisionMessage(kind: FormKind, decision: ReviewDecision, count: number, skipped: number) {
  if (count === 0) return 'These had already been decided or removed by someone else.'
  const noun = counted(count, ...NOUN[kind])
  const done = {
    approve: `Approved ${noun}: shown on the site now.`,
    reject: `Rejected ${noun}: deleted.`,
    remove: `Removed ${noun}: deleted from the site and the database.`,
  }[decision]
  return skipped ? `${done} ${skipped} had already been decided by someone else.` : done
}
