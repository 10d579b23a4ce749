'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useCallback, useEffect, useRef, useState } from 'react'
import { savePostAction } from '@/app/admin/(area)/posts/actions'
import { FeaturedImageField } from '@/components/admin/featured-image-field'
import { RichTextField } from '@/components/admin/editor/rich-text-field'
import { callAction, submitKeepingFields } from '@/components/admin/call-action'
import { useTitleAndSlug, useUnsavedChangesWarning } from '@/components/admin/use-editor-fields'
import { StatusBadge } from '@/components/admin/status-badge'
import { buttonClass } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/select-field'
import { describedBy, FieldMessages, inputClass, TextField } from '@/components/ui/text-field'
import type { ActionState } from '@/lib/action-state'
import type { EditorChoices } from '@/lib/posts/admin-queries'

// The post editor: title, text, categories, image and source, with the actions that matter
// (save, preview, publish or schedule, unpublish). Drafts save themselves every 20 seconds;
// leaving with unsaved changes asks first. A save based on an older version is refused by the
// server and the editor is told whose change won.

export type EditablePost = {
  id: string
  title: string
  slug: string
  excerpt: string
  bodyHtml: string
  status: 'draft' | 'scheduled' | 'published'
  publishedAt: string | null
  updatedAt: string
  authorId: string
  byline: string
  imageUrl: string
  imageAlt: string
  imageCaption: string
  imageCredit: string
  sourceName: string
  sourceUrl: string
  categoryIds: string[]
}

type Props = { post: EditablePost | null; choices: EditorChoices; canChooseAuthor: boolean; currentUserId: string }

const AUTOSAVE_MS = 20_000
const toLocalInput = (iso: string | null) =>
  iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : ''

export function PostEditor({ post, choices, canChooseAuthor, currentUserId }: Props) {
  const router = useRouter()
  const [state, formAction, pending] = useActionState(save, null)
  const [autoState, setAutoState] = useState<ActionState | null>(null)
  const [id, setId] = useState(post?.id ?? '')
  const [base, setBase] = useState(post?.updatedAt ?? '')
  const [dirty, setDirty] = useState(false)
  const { title, slug, changeTitle, changeSlug, fixSlug } = useTitleAndSlug(post)
  const [publishAt, setPublishAt] = useState(post?.status === 'scheduled' ? (post.publishedAt ?? '') : '')
  const formRef = useRef<HTMLFormElement>(null)
  const [status, setStatus] = useState<EditablePost['status']>(post?.status ?? 'draft')
  const [publishedAt, setPublishedAt] = useState(post?.publishedAt ?? null)
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {}
  const markDirty = () => setDirty(true)

  /** Keeps the editor on the version just saved (the next save is based on it). */
  const remember = useCallback(
    (result: ActionState) => {
      if (!result.ok || !result.id) return
      setId(result.id)
      // Once saved, the post has an address: a later title change must not move it.
      fixSlug(result.data?.slug)
      const saved = result.data ?? {}
      if (saved.status === 'draft' || saved.status === 'scheduled' || saved.status === 'published') setStatus(saved.status)
      if (saved.publishedAt !== undefined) setPublishedAt(saved.publishedAt)
      if (result.savedAt) setBase(result.savedAt)
      setDirty(false)
      if (!post) window.history.replaceState(null, '', `/admin/posts/${result.id}`)
    },
    [post, fixSlug],
  )

  // A manual save waits for an autosave already on its way, and builds on the version it saved.
  const autosaving = useRef<Promise<ActionState> | null>(null)

  async function save(previous: ActionState | null, data: FormData) {
    const pendingAutosave = await autosaving.current
    if (pendingAutosave?.ok && pendingAutosave.id) {
      data.set('id', pendingAutosave.id)
      if (pendingAutosave.savedAt) data.set('baseUpdatedAt', pendingAutosave.savedAt)
    }
    const result = await callAction(savePostAction, previous, data)
    setAutoState(null)
    remember(result)
    // An existing post's page also shows who saved last and a link to the live post. A new
    // post stays in this form (its address was updated above) so nothing typed is lost.
    if (result.ok && post) router.refresh()
    return result
  }

  useUnsavedChangesWarning(dirty)

  useEffect(() => {
    if (!dirty || status !== 'draft' || pending || !title.trim()) return
    const timer = setTimeout(async () => {
      if (!formRef.current) return
      const data = new FormData(formRef.current)
      data.set('intent', 'autosave')
      autosaving.current = callAction(savePostAction, null, data)
      const result = await autosaving.current
      autosaving.current = null
      setAutoState(
        result.ok
          ? { ok: true, message: `Draft saved automatically at ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.` }
          : result,
      )
      remember(result)
    }, AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [dirty, status, pending, title, remember])

  const shownState = autoState ?? state
  return (
    <form ref={formRef} onSubmit={submitKeepingFields(formAction)} onInput={markDirty} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseUpdatedAt" value={base} />
      <div className="min-w-0 space-y-5">
        <FormStatus state={shownState} />
        <TextField
          id="post-title"
          name="title"
          label="Title"
          value={title}
          error={errors.title}
          required
          maxLength={200}
          onChange={(e) => changeTitle(e.target.value)}
          className="[&_input]:text-xl [&_input]:font-semibold"
        />
        <RichTextField
          id="post-body"
          name="bodyHtml"
          initialHtml={post?.bodyHtml ?? ''}
          petitions={choices.petitions}
          onChange={markDirty}
          error={errors.bodyHtml}
        />
        <div>
          <label htmlFor="post-excerpt" className="font-semibold">
            Excerpt <span className="font-normal text-muted">(optional)</span>
          </label>
          <textarea
            id="post-excerpt"
            name="excerpt"
            rows={3}
            maxLength={600}
            defaultValue={post?.excerpt ?? ''}
            className={`${inputClass} py-2`}
            {...describedBy('post-excerpt', true, errors.excerpt)}
          />
          <FieldMessages
            id="post-excerpt"
            hint="Shown in lists and when the post is shared. Left empty, the first lines of the text are used."
            error={errors.excerpt}
          />
        </div>
        <fieldset className="space-y-4 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 font-semibold">Source (for reposted articles)</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="post-source-name"
              name="sourceName"
              label="Source name"
              optional
              defaultValue={post?.sourceName ?? ''}
              error={errors.sourceName}
              maxLength={200}
            />
            <TextField
              id="post-source-url"
              name="sourceUrl"
              label="Source link"
              optional
              type="url"
              placeholder="https://"
              defaultValue={post?.sourceUrl ?? ''}
              error={errors.sourceUrl}
            />
          </div>
        </fieldset>
      </div>

      <aside className="space-y-5">
        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <div className="flex items-center justify-between">
            <h2 className="font-bold">Publish</h2>
            <StatusBadge status={status} />
          </div>
          {status === 'published' && publishedAt ? <p className="text-sm text-muted">Live since {new Date(publishedAt).toLocaleString()}.</p> : null}
          {status === 'scheduled' && publishedAt ? <p className="text-sm text-muted">Goes live {new Date(publishedAt).toLocaleString()}.</p> : null}
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass(status === 'draft' ? 'secondary' : 'primary', 'flex-1')}>
              {status === 'draft' ? 'Save draft' : 'Update'}
            </button>
            {id ? (
              <a href={`/preview/posts/${id}`} target="_blank" rel="noopener" className={buttonClass('secondary', 'flex-1')}>
                Preview
              </a>
            ) : null}
          </div>
          {status !== 'published' ? (
            <button type="submit" name="intent" value="publish" disabled={pending} className={buttonClass('primary', 'w-full')}>
              Publish now
            </button>
          ) : null}
          <details className="rounded-md border border-line p-3" open={Boolean(errors.publishAt) || status === 'scheduled'}>
            <summary className="cursor-pointer font-semibold">{status === 'scheduled' ? 'Change the scheduled time' : 'Schedule for later'}</summary>
            <label htmlFor="post-publish-at" className="mt-3 block text-sm font-semibold">
              Publish on (your local time)
            </label>
            <input
              id="post-publish-at"
              type="datetime-local"
              defaultValue={toLocalInput(publishAt || null)}
              onChange={(e) => setPublishAt(e.target.value ? new Date(e.target.value).toISOString() : '')}
              className={inputClass}
              {...describedBy('post-publish-at', false, errors.publishAt)}
            />
            <input type="hidden" name="publishAt" value={publishAt} />
            <FieldMessages id="post-publish-at" error={errors.publishAt} />
            <button type="submit" name="intent" value="schedule" disabled={pending} className={buttonClass('secondary', 'mt-3 w-full')}>
              Schedule
            </button>
          </details>
          {status !== 'draft' ? (
            <button type="submit" name="intent" value="unpublish" disabled={pending} className={buttonClass('danger', 'w-full')}>
              Unpublish (back to draft)
            </button>
          ) : null}
          {pending ? (
            <p className="text-sm text-muted" aria-live="polite">
              Saving…
            </p>
          ) : null}
        </section>

        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 className="font-bold">Categories</h2>
          <fieldset {...describedBy('post-categories', true, errors.categoryIds)}>
            <legend className="sr-only">Categories</legend>
            {choices.categories.map((c) => (
              <label key={c.id} className="flex min-h-9 items-center gap-3">
                <input
                  type="checkbox"
                  name="categoryIds[]"
                  value={c.id}
                  defaultChecked={post ? post.categoryIds.includes(c.id) : false}
                  className="size-5 accent-accent-dark"
                />
                {c.name}
              </label>
            ))}
          </fieldset>
          <FieldMessages id="post-categories" hint="None ticked: the post goes in the first category." error={errors.categoryIds} />
        </section>

        <FeaturedImageField post={post} errors={errors} onChange={markDirty} />

        <section className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 className="font-bold">Address and author</h2>
          <TextField
            id="post-slug"
            name="slug"
            label="Slug"
            value={slug}
            error={errors.slug}
            hint={`/posts/${slug || 'your-title'}`}
            maxLength={120}
            onChange={(e) => changeSlug(e.target.value)}
          />
          {canChooseAuthor ? (
            <SelectField
              id="post-author"
              name="authorId"
              label="Author"
              defaultValue={post?.authorId ?? currentUserId}
              options={choices.authors.map((a) => [a.id, a.name])}
            />
          ) : null}
          <TextField
            id="post-byline"
            name="byline"
            label="Byline"
            optional
            defaultValue={post?.byline ?? ''}
            error={errors.byline}
            maxLength={200}
            hint="For a piece by someone without an account, e.g. “Ivan Petrov, chair of the miners’ union”."
          />
        </section>
      </aside>
    </form>
  )
}
