import type { UpdateProgress as Progress } from '@/lib/updates/queries'

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
