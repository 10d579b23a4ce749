import type { ReactNode } from 'react'
import { responsiveImageProps } from '@/lib/media/responsive'

// The image at the top of a post or petition: the first thing a reader sees, so fetched first and
// never lazily, at the share-card shape so the page does not jump while it loads.
export function LeadImage({ url, alt, caption }: { url: string; alt: string; caption?: ReactNode }) {
  return (
    <figure className="mt-6">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={url}
        {...responsiveImageProps(url)}
        alt={alt}
        width={1200}
        height={630}
        fetchPriority="high"
        className="aspect-[1200/630] w-full rounded-md bg-line object-cover"
      />
      {caption ? <figcaption className="caption">{caption}</figcaption> : null}
    </figure>
  )
}
