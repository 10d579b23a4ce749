import { ImportProgress } from '@/components/admin/wordpress-import/import-progress'
import { ImportResult } from '@/components/admin/wordpress-import/import-report'
import { ImportRunsTable } from '@/components/admin/wordpress-import/import-runs-table'
import { ImportUploadForm } from '@/components/admin/wordpress-import/import-upload-form'
import { requirePermission } from '@/lib/auth/session'
import { parseEnv } from '@/lib/env'
import { listPetitionsForAdmin } from '@/lib/petitions/admin-queries'
import { REFUSALS, type RefusalCode } from '@/lib/validation/wordpress-import'
import { failAbandonedRuns, getImportRun, listImportRuns, toImportRunJson } from '@/lib/wordpress/import-runs'

export const metadata = { title: 'Import from WordPress' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const RELOAD_SECONDS = 5

export default async function ImportPage({ searchParams }: Props) {
  await requirePermission('wordpress.import')
  const params = await searchParams
  const refused = typeof params.refused === 'string' && params.refused in REFUSALS ? REFUSALS[params.refused as RefusalCode] : null
  await failAbandonedRuns()
  const [runs, petitions] = await Promise.all([listImportRuns(), listPetitionsForAdmin()])
  const active = runs.find((r) => r.state === 'queued' || r.state === 'running')
  const chosen = typeof params.run === 'string' ? await getImportRun(params.run) : null
  const shown = chosen && chosen.id !== active?.id ? chosen : active ? null : runs[0]
  const uploadsDir = parseEnv().WORDPRESS_UPLOADS_DIR

  return (
    <div className="max-w-4xl space-y-6">
      {active ? (
        // Without JavaScript the page reloads itself while an import runs.
        <noscript>
          <meta httpEquiv="refresh" content={String(RELOAD_SECONDS)} />
        </noscript>
      ) : null}
      <div>
        <h1 className="text-2xl font-bold">Import from WordPress</h1>
        <p className="mt-2 text-muted">
          Bring a WordPress blog across: its published posts and pages, their authors, categories and pictures. Running it again with a newer export imports
          what changed and nothing twice; posts changed here since are left alone.
        </p>
      </div>
      {refused ? (
        <p role="alert" className="rounded-md border border-accent bg-red-50 p-3 font-medium text-accent-dark">
          {refused}
        </p>
      ) : null}
      {active ? <ImportProgress initial={toImportRunJson(active)} /> : null}
      {shown && shown.state !== 'queued' && shown.state !== 'running' ? <ImportResult run={toImportRunJson(shown)} /> : null}
      <section aria-labelledby="import-form-heading" className="rounded-lg border border-line bg-white p-5">
        <h2 id="import-form-heading" className="text-xl font-bold">
          Upload an export
        </h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          {uploadsDir
            ? `Pictures are taken from the copy of wp-content/uploads on the server, in ${uploadsDir}.`
            : 'Pictures: no copy of wp-content/uploads is set up on the server (the setting WORDPRESS_UPLOADS_DIR), so the report will list the posts’ pictures as missing. Ask whoever runs the server to copy the folder there, then import again.'}
        </p>
        {active ? <p className="mb-4 font-medium">An import is running. Start the next one once it has finished.</p> : null}
        {/* A fresh form (no file, no old answer) once the import in hand is over. */}
        <ImportUploadForm key={active?.id ?? 'idle'} petitions={petitions.map((p) => ({ slug: p.slug, title: p.title }))} busy={Boolean(active)} />
      </section>
      {runs.length ? (
        <section aria-labelledby="import-history-heading" className="space-y-3">
          <h2 id="import-history-heading" className="text-xl font-bold">
            Past imports
          </h2>
          <ImportRunsTable runs={runs.map(toImportRunJson)} />
        </section>
      ) : null}
    </div>
  )
}
