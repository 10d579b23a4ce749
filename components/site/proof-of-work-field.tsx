'use client'

import { useEffect, useRef, useState } from 'react'
import { solveProof } from '@/components/ui/proof-of-work'

// A hidden field that a plain HTML form gets its proof-of-work in. It is solved once someone is
// about to use the form (a field gets focus, or the form is scrolled into view), so a reader who
// only passes by, a post's reader say, never downloads the solver or asks for a challenge.
// Without JavaScript the field stays empty and the server keeps the submission for a moderator.
export function ProofOfWorkField() {
  const [value, setValue] = useState('')
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const form = input.current?.form
    if (!form) return
    let live = true
    let started = false
    const start = () => {
      if (started) return
      started = true
      observer?.disconnect()
      solveProof().then(
        (proof) => live && setValue(proof),
        () => {},
      )
    }
    // A form on screen when the page opens waits for a touch or focus; one scrolled to is about to be used.
    let first = true
    const observer =
      'IntersectionObserver' in window
        ? new IntersectionObserver((entries) => {
            if (entries.some((entry) => entry.isIntersecting) && !first) start()
            first = false
          })
        : null
    observer?.observe(form)
    // Someone quick (or a slow phone) may have begun filling the form in before this ran.
    if (form.contains(document.activeElement) || startedFillingIn(form)) start()
    form.addEventListener('focusin', start)
    form.addEventListener('pointerdown', start)
    return () => {
      live = false
      observer?.disconnect()
      form.removeEventListener('focusin', start)
      form.removeEventListener('pointerdown', start)
    }
  }, [])
  return <input ref={input} type="hidden" name="altcha" value={value} data-proof={value ? 'ready' : 'pending'} />
}

function startedFillingIn(form: HTMLFormElement): boolean {
  return [...form.elements].some((element) => {
    if (element instanceof HTMLInputElement)
      return element.type !== 'hidden' && (element.value !== element.defaultValue || element.checked !== element.defaultChecked)
    if (element instanceof HTMLTextAreaElement) return element.value !== element.defaultValue
    if (element instanceof HTMLSelectElement) return [...element.options].some((option) => option.selected !== option.defaultSelected)
    return false
  })
}
