'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { importFraction, type ImportRunJson, type StatusReply } from '@/lib/validation/wordpress-import'

// A queued or running import. Rendered on the server first, with a refresh link (and, without
// JavaScript, the page reloads itself every few seconds); with JavaScript it asks for the run's
// progress every two seconds and reloads the page's data once the run is over, for the report.

const POLL_MS = 2000

function describe(run: ImportRunJson): string {
  if (run.state === 'queued' && run.attempts > 0) return 'Stopped on an error on the server; it starts again in a moment…'
  if (run.state === 'queued') return 'Waiting for the worker to start it…'
  if (run.pass <= 1) return 'Checking the whole file before anything is stored…'
  return `Importing: ${run.itemsDone.toLocaleString('en')} items read so far…`
}

export function ImportProgress({ initial }: { initial: ImportRunJson }) {
  const router = useRouter()
  const [run, setRun] = useState(initial)
  const [trouble, setTrouble] = useState<string | null>(null)
  const shownState = useRef(initial.state)

  useEffect(() => {
    let stopped = false
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/admin/wordpress-imports?run=${initial.id}`, { headers: { accept: 'application/json' }, cache: 'no-store' })
        const reply = (await response.json()) as StatusReply
        if (stopped) return
        if (!reply.ok) return setTrouble(reply.message)
        setTrouble(null)
        setRun(reply.run)
        // Started, or over: the rest of the page (the list of imports, the report) follows.
        if (reply.run.state !== shownState.current) router.refresh()
        shownState.current = reply.run.state
        if (reply.run.state === 'done' || reply.run.state === 'failed') {
          stopped = true
          clearInterval(timer)
        }
      } catch {
        if (!stopped) setTrouble('The progress couldn’t be read just now; trying again.')
      }
    }, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [initial.id, router])

  const percent = Math.round(importFraction(run) * 100)
  return (
    <section aria-labelledby="import-running-heading" className="rounded-lg border border-teal bg-teal-50 p-5">
      <h2 id="import-running-heading" className="text-xl font-bold">
        {run.dryRun ? 'Dry run' : 'Import'} of “{run.fileName}” {run.state === 'queued' ? 'is queued' : 'is running'}
      </h2>
      <p role="status" aria-live="polite" className="mt-2">
        {describe(run)} {run.state === 'running' ? `${percent}%` : null}
      </p>
      <progress value={percent} max={100} aria-label="Import progress" className="mt-3 block h-3 w-full accent-teal" />
      <p className="mt-3 text-sm text-muted">
        You can leave this page; the import goes on in the background. {trouble ? <span className="text-accent-dark">{trouble}</span> : null}{' '}
        <a href={`/admin/import?run=${run.id}`} className="font-semibold text-ink underline">
          Refresh
        </a>
      </p>
    </section>
  )
}
