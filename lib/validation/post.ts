import { z } from 'zod'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/validation/slug'

// Shared by the editor form (client) and lib/posts/write.ts (server).

export const slugSchema = z
  .string()
  .trim()
  .min(1, 'Give the post a slug (the last part of its address).')
  .max(SLUG_MAX, `Keep the slug under ${SLUG_MAX} characters.`)
  .regex(SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens only.')

const sitePath = z
  .string()
  .trim()
  .regex(/^\/(?!\/)[\w./-]+$/, 'Images must be files on this site, such as /uploads/picture.jpg.')

export const postInputSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the post a title.').max(200, 'Keep the title under 200 characters.'),
    slug: slugSchema,
    excerpt: z.string().trim().min(1, 'Write a short excerpt for lists and previews.').max(600, 'Keep the excerpt under 600 characters.'),
    bodyHtml: z.string().min(1, 'The post needs some text.').max(200_000, 'The post is too long (200,000 characters at most).'),
    status: z.enum(['draft', 'scheduled', 'published']),
    publishedAt: z.coerce.date().optional(),
    authorId: z.string().uuid(),
    categoryIds: z.array(z.string().uuid()).min(1, 'Choose at least one category.'),
    image: z
      .object({
        url: sitePath,
        alt: z.string().trim().min(1, 'Describe the image for people who cannot see it.').max(300),
        caption: z.string().trim().max(500).optional(),
        credit: z.string().trim().max(200).optional(),
      })
      .optional(),
    source: z.object({ name: z.string().trim().min(1).max(200), url: z.string().url().optional() }).optional(),
  })
  .refine((p) => p.status !== 'scheduled' || (p.publishedAt && p.publishedAt.getTime() > Date.now()), {
    message: 'A scheduled post needs a publication date in the future.',
    path: ['publishedAt'],
  })

export type PostInput = z.infer<typeof postInputSchema>
