'use client'

import { useCallback, useEffect, useState } from 'react'
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
