'use client'

import { saveHoldRulesAction } from '@/app/admin/(area)/settings/actions'
import { useActionForm } from '@/components/admin/use-action-form'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { HOLD_RULE_BOUNDS, HOLD_RULE_LABELS, type HoldRules } from '@/lib/validation/hold-rules'

type Props = { rules: HoldRules; defaults: HoldRules }

const HINTS: Record<keyof HoldRules, string> = {
  ipBurstLimit:
    'When this many signatures already came from one internet address within the time below, the next ones are held. Raise it before a meeting where everyone signs over one Wi-Fi, or for signers behind a mobile carrier’s shared address.',
  domainBurstLimit: 'The same for one email domain, such as a union’s or a company’s (big free-mail providers like gmail.com are never counted).',
  burstWindowMinutes: 'How far back both counts look.',
  minFillSeconds: 'A form sent sooner than this after its page loaded is held: people take a few seconds, scripts don’t. 0 turns this check off.',
}

const FIELDS: (keyof HoldRules)[] = ['ipBurstLimit', 'domainBurstLimit', 'burstWindowMinutes', 'minFillSeconds']

export function HoldRulesForm({ rules, defaults }: Props) {
  const { state, formAction, pending, values, errors } = useActionForm(saveHoldRulesAction, { keepOnSuccess: true })
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`hold-${field}`}
          name={field}
          label={HOLD_RULE_LABELS[field]}
          hint={`${HINTS[field]} Default: ${defaults[field].toLocaleString('en')}.`}
          type="number"
          inputMode="numeric"
          min={HOLD_RULE_BOUNDS[field].min}
          max={HOLD_RULE_BOUNDS[field].max}
          step={1}
          required
          className="max-w-md"
          defaultValue={values[field] ?? String(rules[field])}
          error={errors[field]}
        />
      ))}
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Saving…' : 'Save hold rules'}
      </button>
      <FormStatus state={state} />
    </form>
  )
}
