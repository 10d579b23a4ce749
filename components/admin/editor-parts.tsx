import { StatusBadge, type BadgeStatus } from '@/components/admin/status-badge'
import { buttonClass } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'

// Parts the post, page and petition editors share: the title field, and "Save draft"/"Update"
// beside "Preview" (once the item exists, so there is something to preview).

type TitleProps = { id: string; value: string; error?: string; onChange: (title: string) => void; large?: boolean }

export function TitleField({ id, value, error, onChange, large }: TitleProps) {
  return (
    <TextField
      id={id}
      name="title"
      label="Title"
      value={value}
      error={error}
      required
      maxLength={200}
      onChange={(e) => onChange(e.target.value)}
      className={large ? '[&_input]:text-xl [&_input]:font-semibold' : undefined}
    />
  )
}

export function SaveAndPreview({ draft, pending, previewHref }: { draft: boolean; pending: boolean; previewHref: string | null }) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass(draft ? 'secondary' : 'primary', 'flex-1')}>
        {draft ? 'Save draft' : 'Update'}
      </button>
      {previewHref ? (
        <a href={previewHref} target="_blank" rel="noopener" className={buttonClass('secondary', 'flex-1')}>
          Preview
        </a>
      ) : null}
    </div>
  )
}

/** The Publish box of the page-like editors: the status, save and preview, publish or unpublish. */
export function PublishPanel({ status, pending, previewHref }: { status: BadgeStatus; pending: boolean; previewHref: string | null }) {
  return (
    <section className="space-y-3 rounded-lg border border-line bg-white p-4">
      <div className="flex items-center justify-between">
        <h2 className="font-bold">Publish</h2>
        <StatusBadge status={status} />
      </div>
      <SaveAndPreview draft={status === 'draft'} pending={pending} previewHref={previewHref} />
      {status === 'draft' ? (
        <button type="submit" name="intent" value="publish" disabled={pending} className={buttonClass('primary', 'w-full')}>
          Publish now
        </button>
      ) : (
        <button type="submit" name="intent" value="unpublish" disabled={pending} className={buttonClass('danger', 'w-full')}>
          Unpublish (back to draft)
        </button>
      )}
    </section>
  )
}
