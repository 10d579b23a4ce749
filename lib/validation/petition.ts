import { z } from 'zod'
import { checkbox, editorFields, emptyToUndefined, optionalText, sitePathOrEmpty, slugField } from '@/lib/validation/editor-fields'

// What the petition editor sends; shared by the form (client) and its server actions. A draft
// needs only a title; opening it needs the rest (checked in lib/petitions/editing.ts).

export const PETITION_INTENTS = ['save', 'open', 'close', 'reopen', 'deliver'] as const
export type PetitionIntent = (typeof PETITION_INTENTS)[number]

export const GOAL_MAX = 100_000_000

const day = (message: string) => z.iso.date({ error: message }).optional().or(emptyToUndefined)

export const petitionEditorSchema = z
  .object({
    ...editorFields,
    intent: z.enum(PETITION_INTENTS, { error: 'Choose what to do with the petition.' }),
    title: z.string({ error: 'Give the petition a title.' }).trim().min(1, 'Give the petition a title.').max(200, 'Keep the title under 200 characters.'),
    slug: slugField('free-the-seltz-three'),
    summary: z.string().trim().max(600, 'Keep the summary under 600 characters.').default(''),
    bodyHtml: z.string().max(200_000, 'The text is too long (200,000 characters at most).').default(''),
    target: z.string().trim().max(300, 'Keep the addressee under 300 characters.').default(''),
    goal: z.coerce
      .number({ error: 'Set the goal as a number of signatures, like 1000.' })
      .int('Set the goal as a whole number of signatures.')
      .min(1, 'Set a goal of at least one signature.')
      .max(GOAL_MAX, `Set a goal of at most ${GOAL_MAX.toLocaleString('en')} signatures.`),
    goalPinned: checkbox,
    /** The last day it takes signatures (UTC), as the date field sends it: 2027-03-31. */
    deadline: day('Pick the last day as a date, like 2027-03-31.'),
    imageUrl: sitePathOrEmpty,
    imageAlt: optionalText(300, 'Keep the image description under 300 characters.'),
    deliveredOn: day('Pick the delivery day as a date, like 2027-04-02.'),
    deliveryNote: optionalText(1000, 'Keep the delivery note under 1,000 characters.'),
    returnAddress: optionalText(500, 'Keep the return address under 500 characters.'),
  })
  .superRefine((p, ctx) => {
    if (p.imageUrl && !p.imageAlt) ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'Describe the image for people who cannot see it.' })
    if (p.intent === 'deliver' && !p.deliveredOn) ctx.addIssue({ code: 'custom', path: ['deliveredOn'], message: 'Pick the day it was delivered.' })
  })

export type PetitionEditorInput = z.infer<typeof petitionEditorSchema>

export const petitionIdSchema = z.object({ id: z.uuid('That petition doesn’t exist.') })

/** The sidebar's petition: one id, or empty for none. */
export const featurePetitionSchema = z.object({ id: z.uuid('Choose a petition from the list.').optional().or(emptyToUndefined) })

/** The end of the chosen day in UTC: a petition "open until 31 March" takes signatures all that day. */
export function endOfDay(date: string): Date {
  return new Date(`${date}T23:59:59.999Z`)
}
