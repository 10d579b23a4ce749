import { z } from 'zod'
import { splitSource, type RedirectSource } from '@/lib/redirects/addresses'
import { emptyToUndefined } from '@/lib/validation/editor-fields'

// A redirect as an admin writes it at /admin/redirects; shared by the form and the server. The
// old address may be pasted whole from the old site (https://old.example.org/2013/07/x/): only
// its path and query count, since the old domain now points here.

const MAX = 2_000

function sourceFrom(input: string): RedirectSource | null {
  if (/^https?:\/\//i.test(input)) {
    try {
      const url = new URL(input)
      return splitSource(url.pathname + url.search)
    } catch {
      return null
    }
  }
  return splitSource(input)
}

const fromField = z
  .string({ error: 'Enter the old address, starting with /.' })
  .trim()
  .min(1, 'Enter the old address, starting with /.')
  .max(MAX, `Keep the old address under ${MAX} characters.`)
  .refine((v) => !v.includes('#'), 'Leave out the part after #: browsers never send it, so it can’t be matched.')
  .transform((v, ctx) => {
    const source = sourceFrom(v)
    if (!source) {
      ctx.addIssue({ code: 'custom', message: 'Write the old address as a path on this site, like /2013/07/old-post/ or /?p=123.' })
      return z.NEVER
    }
    return source
  })

export type RedirectTarget = { to: string; offsite: boolean }

const toField = z
  .string({ error: 'Enter where the old address should lead, like /posts/new-post.' })
  .trim()
  .min(1, 'Enter where the old address should lead, like /posts/new-post.')
  .max(MAX, `Keep the new address under ${MAX} characters.`)

export const redirectFormSchema = z
  .object({
    id: z.uuid('That redirect doesn’t exist any more. Reload the page.').optional().or(emptyToUndefined),
    from: fromField,
    to: toField,
    status: z.enum(['301', '302'], { error: 'Choose 301 (moved for good) or 302 (for now).' }).default('301'),
    allowOffsite: z
      .enum(['on', ''], { error: 'Tick “Lead to another site” or leave it empty.' })
      .optional()
      .transform((v) => v === 'on'),
  })
  .transform((input, ctx) => {
    const target = targetFrom(input.to, input.allowOffsite)
    if (typeof target === 'string') {
      ctx.addIssue({ code: 'custom', path: ['to'], message: target })
      return z.NEVER
    }
    return { id: input.id, from: input.from, to: target.to, offsite: target.offsite, status: Number(input.status) as 301 | 302 }
  })

export type RedirectInput = z.output<typeof redirectFormSchema>

/** The new address, checked: a path on this site, or (only when allowed) a web address elsewhere; a string says what is wrong. */
function targetFrom(to: string, allowOffsite: boolean): RedirectTarget | string {
  if (/\s/.test(to)) return 'The new address can’t contain spaces.'
  if (to.startsWith('/') && !to.startsWith('//') && !to.includes('\\')) {
    const url = new URL(to, 'http://placard.invalid')
    if (url.host !== 'placard.invalid') return 'Write the new address as a path on this site, like /posts/new-post.'
    return { to: url.pathname + url.search + url.hash, offsite: false }
  }
  if (!/^https?:\/\//i.test(to) && !to.startsWith('//')) return 'Start the new address with / (a page on this site) or https:// (another site).'
  if (!allowOffsite) return 'This leads to another site. Tick “Lead to another site” if that is what you mean.'
  try {
    const url = new URL(to.startsWith('//') ? `https:${to}` : to)
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) throw new Error('not a web address')
    return { to: url.href, offsite: true }
  } catch {
    return 'That isn’t a web address. Write it whole, like https://example.org/page.'
  }
}

export const redirectIdSchema = z.object({ id: z.uuid('That redirect doesn’t exist any more. Reload the page.') })

/** The list's search and page, from the address bar. */
export const redirectListQuerySchema = z.object({
  q: z.string().trim().max(200).catch('').default(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
})
