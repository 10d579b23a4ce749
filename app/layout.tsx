import type { Metadata, Viewport } from 'next'
import { site } from '@/lib/site'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s — ${site.name}` },
  description: site.tagline,
  applicationName: site.name,
  openGraph: { siteName: site.name, type: 'website', locale: 'en_GB' },
  twitter: { card: 'summary_large_image' },
  alternates: {
    types: {
      'application/rss+xml': [{ url: '/feed.xml', title: `${site.name} (RSS)` }],
      'application/atom+xml': [{ url: '/atom.xml', title: `${site.name} (Atom)` }],
    },
  },
}

export const viewport: Viewport = { themeColor: '#7f1d1d', width: 'device-width', initialScale: 1 }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  )
}
