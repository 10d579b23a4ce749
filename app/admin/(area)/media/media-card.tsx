import { formatDay } from '@/lib/format'
import type { MediaUse } from '@/lib/media/library'
import type { MediaJson } from '@/lib/media/schemas'
import { DeleteMediaForm } from './delete-media-form'
import { MediaDetailsForm } from './media-details-form'

// One image in the library: a preview, its details, and the forms to edit or delete it. An
// image without alt text says so on its face and opens its form, so the gap is hard to miss.

const GRID_SIZES = '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw'

export function MediaCard({ media, uses }: { media: MediaJson; uses: MediaUse[] }) {
  return (
    <article className="rounded-lg border border-line bg-white">
      <a href={media.url} className="block">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={media.thumbnailUrl}
          srcSet={media.srcset}
          sizes={GRID_SIZES}
          alt={media.alt ? `${media.alt} (open full size)` : `${media.originalName} (open full size)`}
          width={media.width}
          height={media.height}
          loading="lazy"
          decoding="async"
          className="aspect-[4/3] w-full rounded-t-lg bg-line object-contain"
        />
      </a>
      <div className="space-y-3 p-4">
        <div>
          <h2 className="font-semibold break-all">{media.originalName}</h2>
          <p className="text-sm text-muted">
            {media.width} × {media.height} · {formatDay(media.createdAt)}
          </p>
          {media.alt ? null : (
            <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">⚠ No description (alt text)</p>
          )}
        </div>
        <p className="text-sm">
          {uses.length === 0 ? (
            <span className="text-muted">Not used in any post or page yet.</span>
          ) : (
            <>
              Used in{' '}
              {uses.slice(0, 3).map((use, i) => (
                <span key={use.id}>
                  {i > 0 ? ', ' : ''}“{use.title}”
                </span>
              ))}
              {uses.length > 3 ? ` and ${uses.length - 3} more` : ''}
            </>
          )}
        </p>
        <MediaDetailsForm media={media} />
        <DeleteMediaForm id={media.id} name={media.originalName} />
      </div>
    </article>
  )
}
