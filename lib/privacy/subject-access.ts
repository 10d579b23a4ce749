import 'server-only'
import { emailKeyLabel, emailKeyOf } from '@/lib/privacy/email-key'
import type { Sql } from '@/lib/privacy/erasure'
import { SUBJECT_SOURCES, type HeldItem, type Subject } from '@/lib/privacy/subject-sources'
import { canonicalEmail } from '@/lib/signatures/canonical-email'

// An admin's answer to a subject-access request: everything the sources in
// lib/privacy/subject-sources.ts hold about one address, and its erasure. The audit log names the
// person by the first characters of the address's keyed hash, never by the address.

export type SubjectReport = {
  email: string
  generatedAt: string
  /** What the audit log calls this person. */
  reference: string
  sources: { id: string; label: string; note: string | null; items: HeldItem[] }[]
}

export function subjectOf(email: string): Subject {
  const canonical = canonicalEmail(email)
  return { email, canonical, key: emailKeyOf(canonical) }
}

export async function findSubject(sql: Sql, subject: Subject): Promise<SubjectReport> {
  const sources = []
  for (const source of SUBJECT_SOURCES) {
    sources.push({ id: source.id, label: source.label, note: source.note ?? null, items: await source.find(sql, subject) })
  }
  return { email: subject.email, generatedAt: new Date().toISOString(), reference: emailKeyLabel(subject.key), sources }
}

/** Erases what every source can erase; how many items each erased. */
export async function eraseSubject(sql: Sql, subject: Subject): Promise<Record<string, number>> {
  const erased: Record<string, number> = {}
  for (const source of SUBJECT_SOURCES) if (source.erase) erased[source.id] = await source.erase(sql, subject)
  return erased
}

/** "signatures 3 (1 erased), user-accounts 0, …": counts only, for the audit log. */
export function describeCounts(report: SubjectReport): string {
  return (
    report.sources
      .filter((s) => s.items.length)
      .map((s) => {
        const erased = s.items.filter((i) => i.erasedAt).length
        return `${s.id} ${s.items.length}${erased ? ` (${erased} erased)` : ''}`
      })
      .join(', ') || 'nothing held'
  )
}
