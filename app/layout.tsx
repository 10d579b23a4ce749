import type { Metadata, Viewport } from 'next'
import { site } from '@/lib/site'
import './globals.css'

// A placard, written into every page: no request, and no 404 for /favicon.ico on each visit.
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="14.5" y="17" width="3" height="14" rx="1" fill="#78350f"/>' +
  '<rect x="3" y="2" width="26" height="17" rx="2" fill="#b91c1c"/><path d="M8 8h16M8 13h10" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/></svg>'

export const metadata: Metadata = {
  icons: { icon: [{ url: `data:image/svg+xml,${encodeURIComponent(ICON)}`, type: 'image/svg+xml' }] },
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
