import type { FormFlash } from '@/lib/http/flash'

// The answer a plain form post came back with (from the flash cookie), above the form again.
export function FormAnswer({ flash }: { flash: FormFlash | null }) {
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {flash ? (
        <p
          className={`rounded-md border p-3 font-medium ${flash.outcome === 'already' ? 'border-teal bg-teal-50 text-teal' : 'border-accent bg-red-50 text-accent-dark'}`}
        >
          {flash.message}
        </p>
      ) : null}
    </div>
  )
}
