import type { ReactNode } from 'react'
import { AdminTable } from '@/components/admin/admin-table'
import type { ImportRunJson } from '@/lib/validation/wordpress-import'
import { KINDS, OUTCOMES, type ImportReport, type Outcome } from '@/lib/wordpress/report'

// What a finished import did, as `npm run import:wordpress` prints it (lib/wordpress/report.ts),
// laid out for a screen: the counts as a table, then every list a person has to look at.

const OUTCOME_LABELS: Record<Outcome, string> = {
  imported: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
  matched: 'Matched to existing',
  kept: 'Changed here, left alone',
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h3 className="text-lg font-bold">{title}</h3>
      <div className="mt-2">{children}</div>
    </div>
  )
}

function Items({ names, total }: { names: string[]; total: number }) {
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-6 text-sm break-words">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
      {total > names.length ? <li>… and {total - names.length} more</li> : null}
    </ul>
  )
}

function Counts({ report }: { report: ImportReport }) {
  return (
    <AdminTable
      caption={report.dryRun ? 'What the import would do, per kind' : 'What the import did, per kind'}
      columns={[{ label: 'Kind' }, ...OUTCOMES.map((o) => ({ label: OUTCOME_LABELS[o], className: 'text-right' }))]}
    >
      {KINDS.map((kind) => (
        <tr key={kind}>
          <th scope="row" className="p-3 font-semibold capitalize">
            {kind}
          </th>
          {OUTCOMES.map((o) => (
            <td key={o} className={`p-3 text-right tabular-nums ${report.counts[kind][o] ? '' : 'text-muted'}`}>
              {report.counts[kind][o]}
            </td>
          ))}
        </tr>
      ))}
    </AdminTable>
  )
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const skipped = Object.entries(report.skipped).sort(([, a], [, b]) => b - a)
  const shortcodes = Object.entries(report.unknownShortcodes)
  const { comments, postsWithTags, outsidePictures } = report.notImported
  const left = [
    comments && `${comments} ${comments === 1 ? 'comment' : 'comments'} (Placard has none)`,
    postsWithTags && `the tags of ${postsWithTags} posts (Placard has categories only)`,
    outsidePictures && `${outsidePictures} pictures loaded from other sites (Placard shows only its own; upload them to use them)`,
  ].filter((l): l is string => Boolean(l))
  return (
    <div className="space-y-6">
      <Counts report={report} />
      {skipped.length ? (
        <Part title="Skipped">
          <ul className="list-disc pl-6">
            {skipped.map(([reason, n]) => (
              <li key={reason}>
                {n} × {reason}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}
      {report.failed.length ? (
        <Part title={`Failed (${report.failed.length}): nothing of these was stored`}>
          <ul className="space-y-2">
            {report.failed.map((f) => (
              <li key={f.item} className="rounded-md border border-accent bg-red-50 p-3 text-sm">
                <span className="font-semibold break-words">{f.item}</span>: {f.reason}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}
      {shortcodes.length ? (
        <Part title="Shortcodes Placard has no equivalent for (taken out, the text they wrapped kept)">
          <ul className="space-y-3">
            {shortcodes.map(([name, { total, items }]) => (
              <li key={name}>
                <code className="font-semibold">{name}</code> in {total} {total === 1 ? 'item' : 'items'}:
                <Items names={items} total={total} />
              </li>
            ))}
          </ul>
          {report.unknownShortcodes['[signature]'] ? (
            <p className="mt-3 text-sm">To show a petition where [signature] was, choose one on the form below and import again.</p>
          ) : null}
        </Part>
      ) : null}
      {report.missingMediaTotal ? (
        <Part title={`Files not imported (${report.missingMediaTotal}): the posts show no image there`}>
          <ul className="space-y-2 text-sm">
            {report.missingMedia.map((m) => (
              <li key={m.url} className="break-words">
                <span className="font-mono">{m.url}</span>: {m.reason} (used in {m.usedIn.join(', ')})
              </li>
            ))}
            {report.missingMediaTotal > report.missingMedia.length ? <li>… and {report.missingMediaTotal - report.missingMedia.length} more</li> : null}
          </ul>
        </Part>
      ) : null}
      {left.length ? (
        <Part title="Not imported">
          <ul className="list-disc pl-6">
            {left.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Part>
      ) : null}
      {report.notes.map((note) => (
        <p key={note} className="text-sm text-muted">
          {note}
        </p>
      ))}
    </div>
  )
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '')

/** A finished run: its report, or why it failed. */
export function ImportResult({ run }: { run: ImportRunJson }) {
  const failed = run.state === 'failed'
  const title = failed
    ? `The ${run.dryRun ? 'dry run' : 'import'} of “${run.fileName}” failed`
    : run.dryRun
      ? `Dry run of “${run.fileName}”: nothing was stored`
      : `Imported “${run.fileName}”${run.report?.site ? ` from ${run.report.site}` : ''}`
  return (
    <section aria-labelledby="import-result-heading" className={`rounded-lg border bg-white p-5 ${failed ? 'border-accent' : 'border-line'}`}>
      <h2 id="import-result-heading" className="text-xl font-bold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-muted">
        Started by {run.startedByName || 'a user since removed'} on {when(run.createdAt)}
        {run.finishedAt ? `, finished ${when(run.finishedAt)}` : ''}.
      </p>
      {failed ? (
        <p role="alert" className="mt-4 rounded-md border border-accent bg-red-50 p-3 font-medium text-accent-dark">
          {run.error}
        </p>
      ) : null}
      {run.report ? (
        <div className="mt-5">
          <ImportReportView report={run.report} />
        </div>
      ) : null}
    </section>
  )
}
