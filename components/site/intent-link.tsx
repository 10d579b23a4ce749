'use client'

import Link from 'next/link'
import { useState, type ComponentProps } from 'react'

// next/link fetches the page behind every link as soon as the link scrolls into view: on a
// phone that is other pages' data the reader never asked for, paid for on a metered plan. This
// link waits for intent (a pointer over it, a finger on it, keyboard focus), then prefetches as
// next/link does; the pattern of Next's prefetching guide ("Hover-triggered prefetch").
export default function IntentLink({ onMouseEnter, onTouchStart, onFocus, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [intent, setIntent] = useState(false)
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true)
        onMouseEnter?.(event)
      }}
      onTouchStart={(event) => {
        setIntent(true)
        onTouchStart?.(event)
      }}
      onFocus={(event) => {
        setIntent(true)
        onFocus?.(event)
      }}
    />
  )
}
