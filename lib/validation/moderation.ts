import { z } from 'zod'

// A moderator's decision on held signatures, one or many at a time (a page of the queue).
export const moderationDecisionSchema = z.object({
  ids: z
    .array(z.uuid('Choose signatures from the list.'))
    .min(1, 'Tick at least one signature first.')
    .max(200, 'Decide on at most 200 signatures at a time.')
    .prefault([]),
  decision: z.enum(['approve', 'reject'], { error: 'Choose approve or reject.' }),
})

export const moderationQueueFilterSchema = z.object({
  petition: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
})

export type ModerationDecision = z.infer<typeof moderationDecisionSchema>
