'use client'

export function PrintButton({ label = 'Print this sheet' }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded-md bg-accent-dark px-4 font-semibold text-white">
      {label}
    </button>
  )
}
