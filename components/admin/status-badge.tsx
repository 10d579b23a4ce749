const STYLES = {
  draft: 'bg-gray-200 text-gray-800',
  scheduled: 'bg-amber-100 text-amber-900',
  published: 'bg-teal-50 text-teal ring-1 ring-teal/40',
} as const

export function StatusBadge({ status }: { status: keyof typeof STYLES }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[status]}`}>{status}</span>
}
