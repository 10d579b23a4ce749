import Link from 'next/link'
import { StatusBadge, type BadgeStatus } from '@/components/admin/status-badge'

// Stands above a preview so nobody mistakes it for the live page.
export function PreviewBanner({ status, editHref }: { status: BadgeStatus; editHref: string }) {
  return (
    <div
      role="note"
      className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-md border-2 border-dashed border-amber-500 bg-amber-50 p-3 font-sans text-sm"
    >
      <span>
        <strong>Preview</strong> of the last saved version, as readers will see it. <StatusBadge status={status} />
      </span>
      <Link href={editHref} className="font-semibold underline">
        Back to the editor
      </Link>
    </div>
  )
}
