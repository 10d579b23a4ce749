import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

// Newer / older links under a list that is newest first; nothing when there is one page.
export function Pager({ newer, older }: { newer: string | null; older: string | null }) {
  if (!newer && !older) return null
  return (
    <nav aria-label="Pages" className="flex justify-between gap-3">
      {newer ? (
        <Link href={newer} rel="prev" className={buttonClass('secondary')}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link href={older} rel="next" className={buttonClass('secondary')}>
          Older →
        </Link>
      ) : null}
    </nav>
  )
}
