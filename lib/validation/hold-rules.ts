import { z } from 'zod'

// The rules that hold suspicious signatures for moderation, as an admin sets them at
// /admin/settings. One schema for the stored row (read back on every reload) and, through
// holdRulesFormSchema, for the form, whose fields arrive as text. No server imports.

export const HOLD_RULE_BOUNDS = {
  ipBurstLimit: { min: 1, max: 100_000 },
  domainBurstLimit: { min: 1, max: 1_000_000 },
  burstWindowMinutes: { min: 1, max: 1_440 },
  minFillSeconds: { min: 0, max: 600 },
} as const

type Field = keyof typeof HOLD_RULE_BOUNDS

const wholeNumber = (field: Field) => {
  const { min, max } = HOLD_RULE_BOUNDS[field]
  const message = `Enter a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`
  return z.number({ error: message }).int(message).min(min, message).max(max, message)
}

export const holdRulesSchema = z.object({
  /** A signature is held when this many already came from its address within the window. */
  ipBurstLimit: wholeNumber('ipBurstLimit'),
  /** The same for one email domain (big free-mail providers are never counted). */
  domainBurstLimit: wholeNumber('domainBurstLimit'),
  burstWindowMinutes: wholeNumber('burstWindowMinutes'),
  /** A form sent sooner than this after the page loaded is held. */
  minFillSeconds: wholeNumber('minFillSeconds'),
})

export type HoldRules = z.infer<typeof holdRulesSchema>

export const HOLD_RULE_LABELS: Record<keyof HoldRules, string> = {
  ipBurstLimit: 'Signatures from one address',
  domainBurstLimit: 'Signatures from one email domain',
  burstWindowMinutes: 'Within (minutes)',
  minFillSeconds: 'Minimum time to fill in the form (seconds)',
}

/** A form field's text as a number; an empty field is missing, never zero. */
const fromText = (value: unknown) => {
  if (typeof value !== 'string') return value
  const text = value.trim().replace(/[,\s]/g, '')
  return text === '' ? undefined : Number(text)
}

const { shape } = holdRulesSchema
export const holdRulesFormSchema = z.object({
  ipBurstLimit: z.preprocess(fromText, shape.ipBurstLimit),
  domainBurstLimit: z.preprocess(fromText, shape.domainBurstLimit),
  burstWindowMinutes: z.preprocess(fromText, shape.burstWindowMinutes),
  minFillSeconds: z.preprocess(fromText, shape.minFillSeconds),
})
