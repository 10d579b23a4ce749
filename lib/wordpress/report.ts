// What an import did (or, with --dry-run, would do), counted per kind, with everything a person
// has to look at afterwards: shortcodes that were taken out, files that weren't found, and the
// items that failed and why.

export const KINDS = ['posts', 'pages', 'categories', 'authors', 'media'] as const
export type Kind = (typeof KINDS)[number]
/** imported: new here; matched: an existing Placard row taken over; kept: changed or deleted in Placard since, left alone. */
export const OUTCOMES = ['imported', 'updated', 'unchanged', 'matched', 'kept'] as const
export type Outcome = (typeof OUTCOMES)[number]

export type ImportReport = {
  file: string
  site: string
  dryRun: boolean
  counts: Record<Kind, Record<Outcome, number>>
  /** Items not imported, by reason ("draft", "revision" …). */
  skipped: Record<string, number>
  /** Shortcode name → how many items used it, and the first of them (a list of LISTED at most). */
  unknownShortcodes: Record<string, { total: number; items: string[] }>
  /** The first LISTED files that couldn't be imported; missingMediaTotal counts them all. */
  missingMedia: { url: string; reason: string; usedIn: string[] }[]
  missingMediaTotal: number
  failed: { item: string; reason: string }[]
  /** What Placard has no place for, counted over the imported posts and pages. */
  notImported: { comments: number; postsWithTags: number; outsidePictures: number }
  notes: string[]
}

export function emptyReport(file: string, dryRun: boolean): ImportReport {
  const zero = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  return {
    file,
    site: '',
    dryRun,
    counts: Object.fromEntries(KINDS.map((k) => [k, zero()])) as ImportReport['counts'],
    skipped: {},
    unknownShortcodes: {},
    missingMedia: [],
    missingMediaTotal: 0,
    failed: [],
    notImported: { comments: 0, postsWithTags: 0, outsidePictures: 0 },
    notes: [],
  }
}

export function count(report: ImportReport, kind: Kind, outcome: Outcome) {
  report.counts[kind][outcome]++
}

export function skip(report: ImportReport, reason: string) {
  report.skipped[reason] = (report.skipped[reason] ?? 0) + 1
}

// The report's lists stop growing here, so a huge export's report stays small; counts go on.
const LISTED = 200

export function noteShortcode(report: ImportReport, name: string, item: string) {
  const entry = (report.unknownShortcodes[`[${name}]`] ??= { total: 0, items: [] })
  if (entry.items.at(-1) === item) return
  entry.total++
  if (entry.items.length < LISTED) entry.items.push(item)
}

export function noteMissingMedia(report: ImportReport, url: string, reason: string, item: string) {
  let entry = report.missingMedia.find((m) => m.url === url)
  if (!entry) {
    report.missingMediaTotal++
    if (report.missingMedia.length >= LISTED) return
    report.missingMedia.push((entry = { url, reason, usedIn: [] }))
  }
  if (!entry.usedIn.includes(item) && entry.usedIn.length < LISTED) entry.usedIn.push(item)
}

const list = (names: string[], max = 5) => names.slice(0, max).join(', ') + (names.length > max ? ` and ${names.length - max} more` : '')

export function formatReport(report: ImportReport): string {
  const would = report.dryRun ? 'would be ' : ''
  const lines = [`${report.dryRun ? 'Dry run (nothing was stored)' : 'Imported'}: ${report.file}${report.site ? ` from ${report.site}` : ''}`, '']
  for (const kind of KINDS) {
    const parts = OUTCOMES.filter((o) => report.counts[kind][o]).map((o) => `${report.counts[kind][o]} ${would}${o}`)
    lines.push(`  ${kind.padEnd(11)}${parts.length ? parts.join(', ') : 'none'}`)
  }
  const skipped = Object.entries(report.skipped).sort(([, a], [, b]) => b - a)
  if (skipped.length) lines.push('', 'Skipped:', ...skipped.map(([reason, n]) => `  ${n} × ${reason}`))
  const shortcodes = Object.entries(report.unknownShortcodes)
  if (shortcodes.length) {
    lines.push('', 'Shortcodes Placard has no equivalent for (taken out, the text they wrapped kept):')
    for (const [name, { total, items }] of shortcodes) lines.push(`  ${name} in ${total} item(s): ${list(items)}`)
  }
  if (report.missingMedia.length) {
    lines.push('', 'Files not imported (the posts show no image there):')
    for (const m of report.missingMedia.slice(0, 50)) lines.push(`  ${m.url}: ${m.reason} (used in ${list(m.usedIn, 3)})`)
    if (report.missingMediaTotal > 50) lines.push(`  … and ${report.missingMediaTotal - 50} more`)
  }
  const { comments, postsWithTags, outsidePictures } = report.notImported
  const left = [
    comments && `${comments} comments (Placard has none)`,
    postsWithTags && `the tags of ${postsWithTags} posts (Placard has categories only)`,
    outsidePictures && `${outsidePictures} pictures loaded from other sites (Placard shows only its own; upload them to use them)`,
  ].filter(Boolean)
  if (left.length) lines.push('', 'Not imported:', ...left.map((l) => `  ${l}`))
  if (report.unknownShortcodes['[signature]']) lines.push('', 'To show a petition where [signature] was, run again with --map-signature <petition-slug>.')
  if (report.failed.length) lines.push('', 'Failed (nothing of these was stored):', ...report.failed.map((f) => `  ${f.item}: ${f.reason}`))
  if (report.notes.length) lines.push('', ...report.notes)
  return lines.join('\n')
}
