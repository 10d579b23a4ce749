'use client'

import { useEffect, useState } from 'react'
import { PetitionProgress } from '@/components/petition/progress'

// The page is served from cache; this brings the count up to the second once it has loaded.
export function LiveProgress({ slug, count, goal, paper = 0, compact }: { slug: string; count: number; goal: number; paper?: number; compact?: boolean }) {
  const [numbers, setNumbers] = useState({ count, goal, paper })
  useEffect(() => {
    let cancelled = false
    fetch(`/petitions/${slug}/count.json`, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: { count: number; goal: number; paper: number } | null) => {
        if (data && !cancelled) setNumbers({ count: data.count, goal: data.goal, paper: data.paper })
      })
      .catch(() => {})
    return () => {
      cancelled = true
    }
  }, [slug])
  return <PetitionProgress count={numbers.count} goal={numbers.goal} paper={numbers.paper} compact={compact} />
}
