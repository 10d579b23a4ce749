import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { db } from '@/lib/db/client'
import { pool } from '@/lib/db/pool'
import { counted } from '@/lib/format'
import type { ReviewDecision } from '@/lib/public-forms/review'

// "Show my name publicly" on "I sent it": the names readers see under a letter (approved ones,
// newest first, a handful and how many in all) and a moderator's decisions on them. Approving
// shows a name (the trigger in the migration refreshes the letter's pages); rejecting deletes one
// still waiting, removing ("take my name off, please") deletes any. The press itself stays
// counted either way: only the name goes. Only names still in the state a decision expects
// change, so a second click or a colleague's decision a moment earlier is not applied twice.

export const RECENT_SENDERS = 8

export type PublicSender = { name: string; place: string | null }
export type PublicSenders = { recent: PublicSender[]; total: number }

/** The newest approved names of each letter and how many it has. */
export async function listApprovedSenders(letterIds: string[]): Promise<Map<string, PublicSenders>> {
  const result = new Map<string, PublicSenders>(letterIds.map((id) => [id, { recent: [], total: 0 }]))
  if (letterIds.length === 0) return result
  const { rows } = await pool().query<{ letter_id: string; name: string; place: string | null; total: number }>(
    `SELECT l.id AS letter_id, n.name, n.place, (SELECT count(*)::int FROM letter_sender_names c WHERE c.letter_id = l.id AND c.approved_at IS NOT NULL) AS total
     FROM unnest($1::uuid[]) AS l(id)
     CROSS JOIN LATERAL (SELECT name, place FROM letter_sender_names s WHERE s.letter_id = l.id AND s.approved_at IS NOT NULL
                         ORDER BY s.approved_at DESC, s.created_at DESC LIMIT ${RECENT_SENDERS}) n`,
    [letterIds],
  )
  for (const row of rows) {
    const entry = result.get(row.letter_id)!
    entry.recent.push({ name: row.name, place: row.place })
    entry.total = row.total
  }
  return result
}

export type SenderNameList = 'waiting' | 'shown'

export async function listSenderNamesForAdmin(list: SenderNameList) {
  const rows = await db.letterSenderName.findMany({
    where: { approvedAt: list === 'waiting' ? null : { not: null } },
    orderBy: [{ createdAt: 'desc' }, { sendId: 'desc' }],
    take: 200,
    select: {
      sendId: true,
      name: true,
      place: true,
      createdAt: true,
      approvedAt: true,
      send: { select: { held: true, holdReasons: true } },
      letter: { select: { title: true, slug: true } },
    },
  })
  return rows.map(({ send, ...r }) => ({ ...r, held: send.held, holdReasons: send.holdReasons ?? [] }))
}

export function countWaitingSenderNames(): Promise<number> {
  return db.letterSenderName.count({ where: { approvedAt: null } })
}

export async function decideSenderNames(ids: string[], decision: ReviewDecision, ctx: Pick<ActionContext, 'tx' | 'audit'>) {
  const count =
    decision === 'approve'
      ? await ctx.tx.$executeRaw`UPDATE letter_sender_names SET approved_at = now() WHERE send_id = ANY(${ids}::uuid[]) AND approved_at IS NULL`
      : decision === 'reject'
        ? await ctx.tx.$executeRaw`DELETE FROM letter_sender_names WHERE send_id = ANY(${ids}::uuid[]) AND approved_at IS NULL`
        : await ctx.tx.$executeRaw`DELETE FROM letter_sender_names WHERE send_id = ANY(${ids}::uuid[])`
  if (count > 0)
    await ctx.audit({
      action: `letter.names.${decision}`,
      entityType: 'letter_sender_name',
      entityId: ids.length === 1 ? ids[0] : undefined,
      summary: `${counted(count, 'name')}${ids.length > 1 ? `: ${ids.join(', ')}` : ''}`.slice(0, 1000),
    })
  return { count, skipped: ids.length - count }
}

export function senderNamesMessage(decision: ReviewDecision, count: number, skipped: number) {
  if (count === 0) return 'These had already been decided or removed by someone else.'
  const noun = counted(count, 'name')
  const done = {
    approve: `Approved ${noun}: shown on the letter’s page now.`,
    reject: `Rejected ${noun}: deleted. The letters stay counted.`,
    remove: `Removed ${noun}: deleted from the site and the database. The letters stay counted.`,
  }[decision]
  return skipped ? `${done} ${skipped} had already been decided by someone else.` : done
}
