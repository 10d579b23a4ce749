import { formatDate } from '@/lib/format'
import type { PublicPetition } from '@/lib/petitions/queries'

export function PetitionStatusNote({ petition }: { petition: PublicPetition }) {
  if (petition.status === 'delivered') {
    return (
      <div className="rounded-lg border-2 border-teal bg-teal-50 p-4">
        <p className="font-bold text-teal">
          Delivered{petition.deliveredAt ? ` on ${formatDate(petition.deliveredAt)}` : ''} to {petition.target}.
        </p>
        {petition.deliveryNote ? <p className="mt-1">{petition.deliveryNote}</p> : null}
        <p className="mt-1 text-sm">This petition no longer takes signatures. Thank you to everyone who signed.</p>
      </div>
    )
  }
  if (petition.status === 'closed') {
    return (
      <div className="rounded-lg border-2 border-gray-400 bg-gray-50 p-4">
        <p className="font-bold">This petition is closed{petition.closedAt ? ` since ${formatDate(petition.closedAt)}` : ''}.</p>
        <p className="mt-1 text-sm">It no longer takes signatures. Thank you to everyone who signed.</p>
      </div>
    )
  }
  return null
}
