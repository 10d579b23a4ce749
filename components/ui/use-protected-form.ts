'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { z } from 'zod'
import { solveProof } from '@/components/ui/proof-of-work'
import type { SignFlash } from '@/lib/http/flash'
import { firstErrorPerField } from '@/lib/validation/field-errors'

// The browser side of a public form that posts with a proof-of-work (the sign form, the contact
// form). Before JavaScript arrives the form posts the plain way and the server answers with a
// page; with JavaScript this checks the fields first, solves the proof-of-work in the background
// (from the first touch, or at once), posts JSON and shows the answer in place. Where no
// proof-of-work can be made (a very old browser), the form is posted the plain way after all and
// the server keeps what it carries for a moderator.

export type FormAnswer = Pick<SignFlash, 'outcome' | 'message'>

type Options<Field extends string> = {
  initial?: SignFlash | null
  schema: z.ZodType
  /** The id of a field's input, to move focus to the first mistake. */
  idOf: (field: Field) => string
  /** "…and sign again": what the invalid-form answer asks for. */
  invalidMessage: string
  unreachableMessage: string
  /** Shown while sending, if anything. */
  sendingMessage?: string
  /** Start solving when the page loads rather than at the first touch of the form. */
  solveAtOnce?: boolean
}

export function useProtectedForm<Field extends string>(options: Options<Field>) {
  const { initial } = options
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>((initial?.fieldErrors as Record<Field, string>) ?? {})
  const [answer, setAnswer] = useState<FormAnswer | null>(initial && initial.outcome !== 'invalid' ? initial : null)
  const [busy, setBusy] = useState(false)
  const proof = useRef<Promise<string> | null>(null)
  const statusRef = useRef<HTMLDivElement>(null)

  function startProof() {
    if (proof.current) return
    proof.current = solveProof()
    proof.current.catch(() => {})
  }

  useEffect(() => {
    if (options.solveAtOnce) startProof()
    // Only on the first render: the options don't change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>
    const parsed = options.schema.safeParse(data)
    if (!parsed.success) {
      const found = firstErrorPerField<Field>(parsed.error)
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
      startProof()
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
      startProof()
      setBusy(false)
      statusRef.current?.focus()
    }
  }

  return { errors, answer, setAnswer, busy, setBusy, statusRef, startProof, onSubmit }
}
