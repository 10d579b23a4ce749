'use client'

import { useEffect, useRef, useState } from 'react'
import { PetitionProgress } from '@/components/petition/progress'
import { paths } from '@/lib/paths'

// The page is served from cache; this brings the count up to the second, once the count is on
// screen: a reader who never scrolls to a post's sign box does not pay for its live count.
export function LiveProgress({ slug, count, goal, paper = 0, compact }: { slug: string; count: number; goal: number; paper?: number; compact?: boolean }) {
  const [numbers, setNumbers] = useState({ count, goal, paper })
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let cancelled = false
    const refresh = () =>
      fetch(paths.petitionCount(slug), { cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : null))
        .then((data: { count: number; goal: number; paper: number } | null) => {
          if (data && !cancelled) setNumbers({ count: data.count, goal: data.goal, paper: data.paper })
        })
        .catch(() => {})
    const observer = 'IntersectionObserver' in window && box.current ? new IntersectionObserver(onScreen) : null
    function onScreen(entries: IntersectionObserverEntry[]) {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer?.disconnect()
      void refresh()
    }
    if (observer && box.current) observer.observe(box.current)
    else void refresh()
    return () => {
      cancelled = true
      observer?.disconnect()
    }
  }, [slug])
  return (
    <div ref={box}>
      <PetitionProgress count={numbers.count} goal={numbers.goal} paper={numbers.paper} compact={compact} />
    </div>
  )
}
