import Link from 'next/link'
import { MediaUploader } from '@/components/admin/media-uploader'
import { buttonClass } from '@/components/ui/button'
import { Pager } from '@/components/ui/pager'
import { inputClass } from '@/components/ui/text-field'
import { requirePermission } from '@/lib/auth/session'
import { firstParam } from '@/lib/validation/route-params'
import { listMedia, usesOf } from '@/lib/media/library'
import { mediaQuerySchema } from '@/lib/media/schemas'
import { MediaCard } from './media-card'

export const metadata = { title: 'Media' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MediaPage({ searchParams }: Props) {
  await requirePermission('media.write')
  const raw = await searchParams
  const { q, page } = mediaQuerySchema.parse({ q: firstParam(raw.q), page: firstParam(raw.page) })
  const { items, hasMore } = await listMedia({ q, page })
  const uses = await usesOf(items)
  const pageLink = (n: number) => {
    const params = new URLSearchParams(q ? { q } : {})
    if (n > 1) params.set('page', String(n))
    return `/admin/media${params.size ? `?${params}` : ''}`
  }
  const missingAlt = items.filter((m) => !m.alt).length
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Media</h1>
        <p className="mt-2 text-muted">
          Images for posts. Each upload is resized for phones and large screens, and its location data and other hidden details are removed.
        </p>
      </div>
      <section aria-labelledby="upload-heading" className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="upload-heading" className="mb-3 text-lg font-bold">
          Upload
        </h2>
        <MediaUploader refreshPage />
      </section>
      <form method="get" role="search" className="flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor="media-q" className="font-semibold">
            Search images
          </label>
          <input id="media-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder="File name, description or caption" className={inputClass} />
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          Search
        </button>
      </form>
      {missingAlt ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {missingAlt === 1 ? '1 image here has' : `${missingAlt} images here have`} no description (alt text) yet. Add one so people using screen readers know
          what it shows.
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">
          {q ? (
            <>
              No images match “{q}”.{' '}
              <Link href="/admin/media" className="underline">
                Show all images
              </Link>
            </>
          ) : (
            'No images yet. Upload the first one above.'
          )}
        </p>
      ) : (
        <ul className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((media) => (
            <li key={media.id}>
              <MediaCard media={media} uses={uses[media.id] ?? []} />
            </li>
          ))}
        </ul>
      )}
      <Pager newer={page > 1 ? pageLink(page - 1) : null} older={hasMore ? pageLink(page + 1) : null} />
    </div>
  )
}
