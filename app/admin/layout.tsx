import type { Metadata } from 'next'
import { ZodWithoutEval } from '@/components/site/zod-without-eval'

// The admin area: personal pages, never indexed, never cached (next.config.ts sends
// Cache-Control: private, no-store, and the page micro-cache passes /admin straight through).
export const metadata: Metadata = {
  title: { default: 'Admin', template: '%s — Admin' },
  robots: { index: false, follow: false },
}

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-gray-50">
      <ZodWithoutEval />
      {children}
    </div>
  )
}
