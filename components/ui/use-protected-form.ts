'use client'

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { solveProof } from '@/components/ui/proof-of-work'
import type { SignFlash } from '@/lib/http/flash'

// The browser side of a public form that posts with a proof-of-work (the sign form, the contact
// form). Before JavaScript arrives the form posts the plain way and the server answers with a
// page. With JavaScript, once someone is about to use the form (it is scrolled into view, touched
// or focused) this loads the field rules and starts the proof-of-work, so a reader who never uses
// it never downloads either; on sending it checks the fields, posts JSON and shows the answer in
// place. Where no proof-of-work can be made (a very old browser) or the rules can't be fetched,
// the form is posted the plain way after all and the server checks it (and keeps what it carries
// for a moderator).

export type FormAnswer = Pick<SignFlash, 'outcome' | 'message'>
export type FieldCheck<Field extends string> = (data: Record<string, string>) => Partial<Record<Field, string>> | null

type Options<Field extends string> = {
  initial?: SignFlash | null
  /** Loads the field rules (a dynamic import, so zod stays off the page until it is needed). */
  loadCheck: () => Promise<FieldCheck<Field>>
  /** The id of a field's input, to move focus to the first mistake. */
  idOf: (field: Field) => string
  /** "…and sign again": what the invalid-form answer asks for. */
  invalidMessage: string
  unreachableMessage: string
  /** Shown while sending, if anything. */
  sendingMessage?: string
}

export function useProtectedForm<Field extends string>(options: Options<Field>) {
  const { initial, loadCheck } = options
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>((initial?.fieldErrors as Record<Field, string>) ?? {})
  const [answer, setAnswer] = useState<FormAnswer | null>(initial && initial.outcome !== 'invalid' ? initial : null)
  const [busy, setBusy] = useState(false)
  const proof = useRef<Promise<string> | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const statusRef = useRef<HTMLDivElement>(null)

  /** Loads the rules and starts the proof-of-work, once someone may be about to send. */
  const prepare = useCallback(() => {
    if (proof.current) return
    loadCheck().catch(() => {})
    proof.current = solveProof()
    proof.current.catch(() => {})
  }, [loadCheck])

  // A form already on screen when the page opens waits for a touch or focus: preparing then would
  // put the helpers on every reader's first load. One scrolled to is about to be used.
  useEffect(() => {
    const form = formRef.current
    if (!form || !('IntersectionObserver' in window)) return
    let first = true
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !first) {
        observer.disconnect()
        prepare()
      }
      first = false
    })
    observer.observe(form)
    return () => observer.disconnect()
  }, [prepare])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>
    let found: Partial<Record<Field, string>> | null
    try {
      found = (await loadCheck())(data)
    } catch {
      form.submit()
      return
    }
    if (found) {
      setErrors(found)
      setAnswer({ outcome: 'invalid', message: options.invalidMessage })
      const first = Object.keys(found)[0] as Field | undefined
      if (first) document.getElementById(options.idOf(first))?.focus()
      return
    }
    setErrors({})
    setBusy(true)
    if (options.sendingMessage) setAnswer({ outcome: 'accepted', message: options.sendingMessage })
    let altcha: string
    try {
      prepare()
      altcha = await proof.current!
    } catch {
      form.submit()
      return
    }
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ ...data, altcha }),
      })
      const result = (await response.json()) as SignFlash
      setErrors((result.fieldErrors as Record<Field, string>) ?? {})
      setAnswer(result)
    } catch {
      setAnswer({ outcome: 'unavailable', message: options.unreachableMessage })
    } finally {
      // A solution works once: the next attempt needs a fresh one.
      proof.current = null
      prepare()
      setBusy(false)
      statusRef.current?.focus()
    }
  }

  return { errors, answer, setAnswer, busy, setBusy, statusRef, formRef, prepare, onSubmit }
}
