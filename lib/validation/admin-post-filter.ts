import { z } from 'zod'

// The post list's filters, from the query string. Anything unreadable is dropped, never a 500.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

export const adminPostFilterSchema = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(200)
      .transform((v) => v || undefined),
  ),
  status: optional(z.enum(['draft', 'scheduled', 'published'])),
  category: optional(z.uuid()),
  author: optional(z.uuid()),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
})

export function parseAdminPostFilter(raw: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  return adminPostFilterSchema.parse(flat)
}
