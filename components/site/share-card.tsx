import { ImageResponse } from 'next/og'
import { site } from '@/lib/site'

// The share card drawn for posts and petitions (opengraph-image.tsx beside their pages): a
// line of context, the title, an optional figure (a petition's count), and the site's name.
// No external fonts: nothing is fetched to draw it.

export const shareCardSize = { width: 1200, height: 630 }

type Card = { kicker: string; title: string; footer: string; figure?: string }

export function shareCard({ kicker, title, footer, figure }: Card) {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fffdf7',
        padding: 64,
        borderLeft: '24px solid #b91c1c',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#7f1d1d', fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }}>{kicker}</div>
      <div
        style={{ display: 'flex', fontSize: title.length > 80 ? (figure ? 46 : 54) : figure ? 58 : 68, fontWeight: 700, color: '#1f2937', lineHeight: 1.15 }}
      >
        {title}
      </div>
      {figure ? <div style={{ display: 'flex', fontSize: 52, fontWeight: 800, color: '#b91c1c' }}>{figure}</div> : null}
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#4b5563' }}>
        <span>{footer}</span>
        <span style={{ color: '#b91c1c', fontWeight: 700 }}>{site.name}</span>
      </div>
    </div>,
    shareCardSize,
  )
}
