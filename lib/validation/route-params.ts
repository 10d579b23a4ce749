import { z } from 'zod'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/validation/slug'

// URL segments are user input too: anything that doesn't parse becomes a 404, never a 500.

const pageNumber = z.coerce.number().int().min(2).max(10_000)
export const slugParam = z.string().regex(SLUG_PATTERN).max(SLUG_MAX)

/** Page number from a `/page/N` segment; page 1 lives at the list's own address. */
export function parsePageNumber(raw: string | undefined): number | null {
  const parsed = pageNumber.safeParse(raw)
  return parsed.success ? parsed.data : null
}

/** Optional catch-all `[[...page]]`: [] is page 1, ['page', 'N'] is page N, anything else null. */
export function parsePageSegments(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1
  if (segments.length === 2 && segments[0] === 'page') return parsePageNumber(segments[1])
  return null
}

export function parseSlug(raw: string): string | null {
  const parsed = slugParam.safeParse(raw)
  return parsed.success ? parsed.data : null
}

const yearMonth = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  month: z
    .string()
    .regex(/^(0[1-9]|1[0-2])$/)
    .transform(Number),
})

export function parseYearMonth(year: string, month: string) {
  const parsed = yearMonth.safeParse({ year, month })
  return parsed.success ? parsed.data : null
}

export type SlugPageParams = Promise<{ slug: string; page?: string[] }>

/** `/<kind>/<slug>[/page/N]`: the thing the slug names (looked up by `find`) and the page number. */
export async function resolveSlugPage<T>(params: SlugPageParams, find: (slug: string) => Promise<T | null>) {
  const { slug: rawSlug, page: segments } = await params
  const slug = parseSlug(rawSlug)
  const page = parsePageSegments(segments)
  if (!slug || !page) return null
  const found = await find(slug)
  return found ? { found, page } : null
}

/** The first value of a query-string parameter (Next gives an array when it is repeated). */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
