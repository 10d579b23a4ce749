import type { UpdateProgress as Progress } from '@/lib/updates/queries'

const STATE_STYLES = {
  draft: 'bg-gray-200 text-gray-800',
  sending: 'bg-amber-100 text-amber-900',
  sent: 'bg-teal-50 text-teal ring-1 ring-teal/40',
  stopped: 'bg-red-50 text-accent-dark ring-1 ring-accent/40',
} as const

export function UpdateStateBadge({ state }: { state: keyof typeof STATE_STYLES }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold tracking-wide uppercase ${STATE_STYLES[state]}`}>{state}</span>
}

/** "120 of 300 sent · 2 failed", with a bar. */
export function UpdateProgress({ progress, label }: { progress: Progress; label: string }) {
  const { total, sent, failed } = progress
  return (
    <div className="space-y-1">
      <progress aria-label={label} max={Math.max(total, 1)} value={sent + failed} className="h-2 w-full accent-teal" />
      <p className="text-sm">
        <strong>{sent.toLocaleString('en')}</strong> of {total.toLocaleString('en')} sent
        {failed ? <span className="text-accent-dark"> · {failed.toLocaleString('en')} failed</span> : null}
      </p>
    </div>
  )
}
