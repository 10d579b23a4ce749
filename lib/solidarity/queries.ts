import 'server-only'
import { db } from '@/lib/db/client'

// Solidarity messages as readers see them (approved, newest first) and as moderators do.

export type PublicMessage = { id: string; name: string; place: string | null; message: string; approvedAt: string }

export async function listApprovedMessages(postId: string): Promise<PublicMessage[]> {
  const rows = await db.solidarityMessage.findMany({
    where: { postId, status: 'approved' },
    orderBy: [{ approvedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, place: true, message: true, approvedAt: true },
    take: 200,
  })
  return rows.map((r) => ({ ...r, approvedAt: (r.approvedAt ?? new Date()).toISOString() }))
}

export function listMessagesForAdmin(status: 'confirmed' | 'approved') {
  return db.solidarityMessage.findMany({
    where: { status },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, name: true, place: true, message: true, email: true, flags: true, createdAt: true, post: { select: { title: true, slug: true } } },
  })
}
