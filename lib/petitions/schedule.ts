import 'server-only'
import { db } from '@/lib/db/client'

/** Closes open petitions whose deadline has passed (safe from any number of instances). */
export async function closeExpiredPetitions(now = new Date()) {
  const { count } = await db.petition.updateMany({
    where: { status: 'open', deadline: { lte: now } },
    data: { status: 'closed', closedAt: now },
  })
  return count
}
