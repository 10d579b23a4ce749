'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useCallback, useEffect, useState } from 'react'
import { callAction } from '@/components/admin/call-action'
import type { ActionState } from '@/lib/action-state'
import { slugify } from '@/lib/validation/slug'

// What the post and page editors share: the slug follows the title until it is typed by hand or
// the item has been saved (its address then exists), and leaving with unsaved changes asks first.

export function useTitleAndSlug(initial: { title: string; slug: string } | null) {
  const [title, setTitle] = useState(initial?.title ?? '')
  const [slug, setSlug] = useState(initial?.slug ?? '')
  const [slugFixed, setSlugFixed] = useState(Boolean(initial))
  /** After a save: keep the address the server settled on. Stable, so effects can use it. */
  const fixSlug = useCallback((saved?: string | null) => {
    setSlugFixed(true)
    if (saved) setSlug(saved)
  }, [])
  return {
    title,
    slug,
    changeTitle: (value: string) => {
      setTitle(value)
      if (!slugFixed) setSlug(slugify(value))
    },
    changeSlug: (value: string) => {
      setSlugFixed(true)
      setSlug(value)
    },
    fixSlug,
  }
}

export function useUnsavedChangesWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])
}

type SaveAction = (previous: ActionState | null, data: FormData) => Promise<ActionState>
type Saved = { id: string; updatedAt: string; status: 'draft' | 'scheduled' | 'published'; title: string; slug: string }

/**
 * A page-like editor's saving (standalone pages, days of action): the item's id and the version
 * it was loaded at travel with each save; after a save the status, the address and that version
 * follow the server, and a new item moves to its own address (`adminPath`).
 */
export function useDraftPublishEditor(action: SaveAction, item: Saved | null, adminPath: string) {
  const router = useRouter()
  const [id, setId] = useState(item?.id ?? '')
  const [base, setBase] = useState(item?.updatedAt ?? '')
  const [status, setStatus] = useState(item?.status ?? 'draft')
  const fields = useTitleAndSlug(item)
  const { fixSlug } = fields
  const [dirty, setDirty] = useState(false)
  const [state, formAction, pending] = useActionState(async (previous: ActionState | null, data: FormData) => {
    const result = await callAction(action, previous, data)
    if (result.ok && result.id) {
      setId(result.id)
      if (result.savedAt) setBase(result.savedAt)
      if (result.data?.status === 'draft' || result.data?.status === 'published') setStatus(result.data.status)
      fixSlug(result.data?.slug)
      setDirty(false)
      if (!item) window.history.replaceState(null, '', `${adminPath}/${result.id}`)
      else router.refresh()
    }
    return result
  }, null)
  useUnsavedChangesWarning(dirty)
  return { ...fields, id, base, status, dirty, setDirty, state, formAction, pending, errors: (state && !state.ok ? state.fieldErrors : undefined) ?? {} }
}
