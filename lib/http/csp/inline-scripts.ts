import { createHash } from 'node:crypto'

// Which inline scripts of a finished page the server vouches for. Next.js (App Router, Turbopack)
// writes three kinds into every page: the bootstrap of its inline React payload, one push per
// payload chunk (a single JSON string, with `<` escaped), and Turbopack's list of chunks to load;
// React adds one fixed script to pages with a server-action form.
// A script is vouched for only if its WHOLE body is one of those forms, so a stored script that
// imitates one and adds code, comments or `</script` games is left unvouched and the browser
// blocks it. A body may not hold `<` at all: Next escapes it, and without it the browser cannot
// enter the script-data escape states, so it ends the script exactly where this scanner does.

const JSON_STRING = String.raw`"(?:[^"\\<\u0000-\u001f\u2028\u2029]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`
const CHUNK_PATH = String.raw`"static/chunks/[A-Za-z0-9_.~-]+\.js"`

const FRAMEWORK_FORMS: RegExp[] = [
  // The bootstrap, once per page.
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  // A chunk of the page's React payload, as text …
  new RegExp(String.raw`^self\.__next_f\.push\(\[1,${JSON_STRING}\]\)$`),
  // … or as base64 when it is not valid UTF-8.
  /^self\.__next_f\.push\(\[3,"[A-Za-z0-9+/]*={0,2}"\]\)$/,
  // Turbopack's runtime: which chunks to load and which modules to start.
  new RegExp(
    String.raw`^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:${CHUNK_PATH}(?:,${CHUNK_PATH})*)?\],"runtimeModuleIds":\[(?:\d{1,9}(?:,\d{1,9})*)?\]\}\);$`,
  ),
]

/**
 * React's own runtime for a form bound to a server action (it replays a submit made before the
 * page hydrated), exactly as react-dom writes it; a React upgrade that changes it shows up as a
 * violation in tests/e2e/every-page-carries-the-policy.spec.ts.
 */
export const REACT_FORM_REPLAY_SCRIPT =
  'addEventListener("submit",function(a){if(!a.defaultPrevented){var b=a.target,d=a.submitter,c=b.action,e=d;if(d){var f=d.getAttribute("formAction");null!=f&&(c=f,e=null)}"javascript:throw new Error(\'React form unexpectedly submitted.\')"===c&&(a.preventDefault(),a=new FormData(b,e),c=b.ownerDocument||b,(c.$$reactFormReplay=c.$$reactFormReplay||[]).push(b,d,a))}});'

/** True when the whole body of an inline script is one of Next's (or React's) own forms. */
export function isFrameworkScript(body: string): boolean {
  return body === REACT_FORM_REPLAY_SCRIPT || FRAMEWORK_FORMS.some((form) => form.test(body))
}

/** `<script>` or `<script id="…">` exactly as React writes it: no other attribute is vouched for. */
const OPENING_TAG = /^<script(?: id="[A-Za-z0-9_:-]{1,64}")?>$/i

export type InlineScript = { start: number; tagEnd: number; bodyEnd: number; tag: string; body: string }

/**
 * The next complete inline script at or after `from`, or where an incomplete one begins (more
 * text needed), or null when none starts. Text that merely looks like a script inside an
 * attribute, comment or textarea may be found too: it is then vouched for only if its body is
 * one of Next's inert forms, and such text is never executed anyway.
 */
export function nextInlineScript(html: string, from: number): InlineScript | { incompleteAt: number } | null {
  const opening = /<script(?=[\s/>]|$)/gi
  opening.lastIndex = from
  const found = opening.exec(html)
  if (!found) return null
  const start = found.index
  if (start + 7 === html.length) return { incompleteAt: start }
  const tagEnd = html.indexOf('>', start)
  if (tagEnd === -1) return { incompleteAt: start }
  // As the browser: `</script` ends the script only when followed by a space, `/` or `>`.
  const closing = /<\/script(?=[\s/>]|$)/gi
  closing.lastIndex = tagEnd + 1
  const bodyEnd = closing.exec(html)?.index
  if (bodyEnd === undefined || bodyEnd + 8 === html.length) return { incompleteAt: start }
  return { start, tagEnd: tagEnd + 1, bodyEnd, tag: html.slice(start, tagEnd + 1), body: html.slice(tagEnd + 1, bodyEnd) }
}

function vouchable(script: InlineScript) {
  return OPENING_TAG.test(script.tag) && isFrameworkScript(script.body)
}

/** CSP sources ('sha256-…') for every inline script of a finished page that is Next's own. */
export function frameworkScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (let at = 0; ;) {
    const script = nextInlineScript(html, at)
    if (!script || 'incompleteAt' in script) break
    if (vouchable(script)) hashes.add(`'sha256-${createHash('sha256').update(script.body, 'utf8').digest('base64')}'`)
    at = script.bodyEnd
  }
  return [...hashes]
}

/** Past this much text held back waiting for a script's end, the stream is passed on unvouched. */
const MAX_HELD_CHARS = 4_000_000

/**
 * Stamps `nonce=…` on Next's own inline scripts of a page as it streams: text is held back only
 * from the start of a script to its end, so every other byte goes on as soon as it arrives.
 */
export class NonceStamper {
  private held = ''

  constructor(private readonly nonce: string) {
    if (!/^[A-Za-z0-9_-]+$/.test(nonce)) throw new Error('nonce must be base64url')
  }

  push(text: string): string {
    this.held += text
    let out = ''
    let at = 0
    for (;;) {
      const script = nextInlineScript(this.held, at)
      if (!script) {
        // Keep a possible partial `<script` at the very end for the next chunk.
        const keep = Math.max(at, this.held.length - 7)
        const lastLt = this.held.lastIndexOf('<', this.held.length - 1)
        const cut = lastLt >= keep ? lastLt : this.held.length
        out += this.held.slice(at, cut)
        this.held = this.held.slice(cut)
        return out
      }
      if ('incompleteAt' in script) {
        out += this.held.slice(at, script.incompleteAt)
        this.held = this.held.slice(script.incompleteAt)
        if (this.held.length > MAX_HELD_CHARS) return out + this.flush()
        return out
      }
      out += this.held.slice(at, script.start)
      // Unquoted, and base64url only, so the stamp can never change how the tag is parsed.
      out += vouchable(script) ? `<script nonce=${this.nonce}${script.tag.slice(7)}` : script.tag
      out += script.body
      at = script.bodyEnd
    }
  }

  /** Whatever is still held, at the end of the page. */
  flush(): string {
    const rest = this.held
    this.held = ''
    return rest
  }
}
