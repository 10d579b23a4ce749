const STYLES = {
  draft: 'bg-gray-200 text-gray-800',
  scheduled: 'bg-amber-100 text-amber-900',
  published: 'bg-teal-50 text-teal ring-1 ring-teal/40',
  open: 'bg-teal-50 text-teal ring-1 ring-teal/40',
  closed: 'bg-gray-100 text-gray-800 ring-1 ring-gray-400',
  delivered: 'bg-sky-50 text-sky-900 ring-1 ring-sky-300',
  // Updates to signers
  sending: 'bg-amber-100 text-amber-900',
  sent: 'bg-teal-50 text-teal ring-1 ring-teal/40',
  stopped: 'bg-red-50 text-accent-dark ring-1 ring-accent/40',
  // Signatures
  pending: 'bg-gray-200 text-gray-800',
  confirmed: 'bg-teal-50 text-teal ring-1 ring-teal/40',
  withdrawn: 'bg-gray-100 text-gray-700',
  invalidated: 'bg-red-50 text-accent-dark ring-1 ring-accent/40',
} as const

export type BadgeStatus = keyof typeof STYLES

export function StatusBadge({ status }: { status: BadgeStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[status]}`}>{status}</span>
}
