'use client'
import { z } from 'zod'

// zod compiles fast parsers with `new Function` when it may. Under the site's
// Content-Security-Policy (no 'unsafe-eval') its first probe for that is blocked and reported
// as a violation on every page with a form, so browsers are told up front not to try.
z.config({ jitless: true })

export function ZodWithoutEval() {
  return null
}
