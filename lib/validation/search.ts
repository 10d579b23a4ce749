import { z } from 'zod'
import { SEARCH_MAX_LENGTH } from '@/lib/posts/search-limits'

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)

export const searchParamsSchema = z.object({
  q: z
    .preprocess(first, z.string().default(''))
    .transform((q) =>
      q
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .pipe(z.string().max(SEARCH_MAX_LENGTH, `Keep your search under ${SEARCH_MAX_LENGTH} characters.`)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1).default(1)),
})
