import 'server-only'
import type { ActionContext } from '@/lib/auth/admin-action'
import { defaultHoldRules, readStoredHoldRules, reloadHoldRules } from '@/lib/signatures/hold-rules'
import { HOLD_RULE_LABELS, type HoldRules } from '@/lib/validation/hold-rules'

// The admin's side of the hold rules: what the settings screen shows, and saving a change
// (with its audit row). The sign path's in-memory copy is in lib/signatures/hold-rules.ts.

export async function getHoldRulesForAdmin() {
  const defaults = defaultHoldRules()
  const stored = await readStoredHoldRules()
  return { rules: stored ?? defaults, defaults, customised: stored !== null }
}

export async function saveHoldRules(rules: HoldRules, ctx: Pick<ActionContext, 'tx' | 'audit' | 'afterCommit'>) {
  const before = (await ctx.tx.siteSettings.findUnique({ where: { id: 1 } })) ?? defaultHoldRules()
  const changes = (Object.keys(HOLD_RULE_LABELS) as (keyof HoldRules)[])
    .filter((key) => before[key] !== rules[key])
    .map((key) => `${HOLD_RULE_LABELS[key]}: ${before[key]} → ${rules[key]}`)
  await ctx.tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...rules }, update: rules })
  await ctx.audit({ action: 'settings.hold-rules', entityType: 'settings', summary: changes.length ? changes.join('; ') : 'Saved without changes' })
  // Other instances hear the trigger's NOTIFY; this one needn't wait for it.
  ctx.afterCommit(reloadHoldRules)
  return changes.length
}
