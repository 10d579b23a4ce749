import { describe, expect, it } from 'vitest'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { CONTENT_SIZES, responsiveImageProps, responsiveSource, withResponsiveImages } from '@/lib/media/responsive'
import { parseMediaUrl, variantWidthsFor, widthsUpTo } from '@/lib/media/variants'

// Readers on phones get small files and readers on large screens sharp ones, derived from the
// one URL a post stores, with no database lookup while the page renders.

const key = '0123456789abcdef01234567'

describe('which sizes an upload has', () => {
  it('keeps the standard widths below the image, plus its own width up to 2400', () => {
    expect(variantWidthsFor(300)).toEqual([300])
    expect(variantWidthsFor(1600)).toEqual([400, 800, 1200, 1600])
    expect(variantWidthsFor(2000)).toEqual([400, 800, 1200, 1600, 2000])
    expect(variantWidthsFor(6000)).toEqual([400, 800, 1200, 1600, 2400])
    expect(widthsUpTo(800)).toEqual([400, 800])
  })

  it('reads only well-formed media URLs', () => {
    expect(parseMediaUrl(`/media/${key}/1600.webp`)).toEqual({ key, width: 1600, format: 'webp' })
    expect(parseMediaUrl(`/media/${key}/2400.jpg`)).toEqual({ key, width: 2400, format: 'jpg' })
    for (const url of [
      `/media/${key}/3000.webp`,
      `/media/${key}/0400.webp`,
      `/media/${key}/1600.png`,
      `/media/${key}/1600.webp?x=1`,
      '/media/../etc/1600.webp',
      `/media/${key.toUpperCase()}/400.webp`,
      '/demo/courthouse.svg',
    ]) {
      expect(parseMediaUrl(url), url).toBeNull()
    }
  })
})

describe('srcset and sizes', () => {
  it('lists every stored width for an upload', () => {
    expect(responsiveSource(`/media/${key}/2000.webp`)).toEqual({
      srcSet: `/media/${key}/400.webp 400w, /media/${key}/800.webp 800w, /media/${key}/1200.webp 1200w, /media/${key}/1600.webp 1600w, /media/${key}/2000.webp 2000w`,
      sizes: CONTENT_SIZES,
      width: 2000,
    })
  })

  it('leaves demo images, the JPEG fallback and other paths alone', () => {
    expect(responsiveImageProps('/demo/courthouse.svg')).toEqual({})
    expect(responsiveImageProps(`/media/${key}/2400.jpg`)).toEqual({})
    expect(responsiveImageProps(`/media/${key}/800.webp`, '100vw')).toEqual({
      srcSet: `/media/${key}/400.webp 400w, /media/${key}/800.webp 800w`,
      sizes: '100vw',
    })
  })
})

describe('uploaded images inside a post body', () => {
  const render = (html: string, options?: Parameters<typeof withResponsiveImages>[1]) => withResponsiveImages(sanitizeRichText(html), options)

  it('gain srcset and sizes after sanitising, keeping the stored width and height', () => {
    const html = render(
      `<figure><img src="/media/${key}/1200.webp" alt="Workers &amp; placards" width="1200" height="800"><figcaption>Outside the court</figcaption></figure>`,
    )
    expect(html).toBe(
      `<figure><img src="/media/${key}/1200.webp" alt="Workers &amp; placards" width="1200" height="800" loading="lazy" decoding="async" srcset="/media/${key}/400.webp 400w, /media/${key}/800.webp 800w, /media/${key}/1200.webp 1200w" sizes="${CONTENT_SIZES}" /><figcaption>Outside the court</figcaption></figure>`,
    )
  })

  it('get the width from the URL when the editor stored none', () => {
    expect(render(`<p><img src="/media/${key}/400.webp" alt=""></p>`)).toContain(`sizes="${CONTENT_SIZES}" width="400" />`)
  })

  it('leave demo images exactly as they were', () => {
    const clean = sanitizeRichText('<figure><img src="/demo/courthouse.svg" alt="The court"><figcaption>Caption<small>Credit</small></figcaption></figure>')
    expect(withResponsiveImages(clean)).toBe(clean)
  })

  it('load the first image at once when it leads the page, and the rest lazily', () => {
    const html = render(`<p><img src="/demo/a.svg" alt="a"></p><p><img src="/media/${key}/800.webp" alt="b"></p>`, { eagerFirst: true })
    const [first, second] = html.match(/<img [^>]*>/g)!
    expect(first).toBe('<img src="/demo/a.svg" alt="a" decoding="async" fetchpriority="high" />')
    expect(second).toContain('loading="lazy"')
    expect(second).not.toContain('fetchpriority')
  })

  it('leave text that merely mentions an img tag alone', () => {
    const clean = sanitizeRichText('<p>Write &lt;img src="/media/x"&gt; in HTML</p>')
    expect(withResponsiveImages(clean, { eagerFirst: true })).toBe(clean)
  })
})
