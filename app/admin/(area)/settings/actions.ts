'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { saveHoldRules } from '@/lib/settings/hold-rules'
import { holdRulesFormSchema } from '@/lib/validation/hold-rules'

export const saveHoldRulesAction = adminAction(
  'settings.manage',
  holdRulesFormSchema,
  async (rules, ctx) => {
    const changed = await saveHoldRules(rules, ctx)
    return { ok: true, message: changed ? 'Saved. New signatures follow these rules from now on, on every server.' : 'Saved: nothing had changed.' }
  },
  { name: 'save hold rules' },
)
