import { holdReasonLabel } from '@/lib/moderation/hold-reasons'

/** What looked unusual when an entry came in (lib/public-forms/submission.ts), in words. */
export function FlagList({ flags }: { flags: string[] }) {
  if (!flags.length) return null
  return (
    <ul className="flex flex-wrap gap-1.5">
      {flags.map((flag) => (
        <li key={flag} className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
          {holdReasonLabel(flag)}
        </li>
      ))}
    </ul>
  )
}
