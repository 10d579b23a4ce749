'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { viaPrisma } from '@/lib/privacy/erasure'
import { describeCounts, eraseSubject, findSubject, subjectOf } from '@/lib/privacy/subject-access'
import { counted } from '@/lib/format'
import { subjectActionSchema } from '@/lib/validation/privacy'

// The subject-access screen's one action (admins only): find what the site holds about an
// address, or erase all of it and show what is left. Each is audited with counts and the
// address's keyed-hash reference, never the address.

export const subjectAccessAction = adminAction(
  'privacy.manage',
  subjectActionSchema,
  async ({ intent, email }, ctx) => {
    const sql = viaPrisma(ctx.tx)
    const subject = subjectOf(email)
    if (intent === 'find') {
      const report = await findSubject(sql, subject)
      await ctx.audit({ action: 'privacy.search', entityType: 'email-key', entityId: report.reference, summary: describeCounts(report) })
      const held = report.sources.reduce((n, s) => n + s.items.length, 0)
      return {
        ok: true,
        message: held ? `Found ${counted(held, 'item')} held about this address.` : 'This site holds nothing about this address.',
        result: report,
      }
    }
    const erased = await eraseSubject(sql, subject)
    const report = await findSubject(sql, subject)
    const signatures = erased.signatures ?? 0
    // Supporter entries and solidarity messages are deleted outright (lib/privacy/subject-sources.ts).
    const entries = (erased.supporters ?? 0) + (erased['solidarity-messages'] ?? 0)
    await ctx.audit({
      action: 'privacy.erase',
      entityType: 'email-key',
      entityId: report.reference,
      summary: `Erased ${counted(signatures, 'signature')}${entries ? ` and ${counted(entries, 'supporter entry or message', 'supporter entries and messages')}` : ''}; left: ${describeCounts(report)}`,
    })
    return {
      ok: true,
      message: signatures
        ? `Erased ${counted(signatures, 'signature')}: names, addresses and everything else given with them are gone, and confirmed ones no longer count.${entries ? ` Also deleted ${counted(entries, 'supporter entry or message', 'supporter entries and messages')}.` : ''} What is left is shown below.`
        : entries
          ? `Deleted ${counted(entries, 'supporter entry or message', 'supporter entries and messages')}. What is left is shown below.`
          : 'There was nothing left to erase. What is left is shown below.',
      result: report,
    }
  },
  { name: 'subject access request' },
)
