import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { frameworkScriptHashes, isFrameworkScript, NonceStamper, REACT_FORM_REPLAY_SCRIPT } from '@/lib/http/csp/inline-scripts'

// Which inline scripts the server vouches for: exactly Next's own forms, nothing that imitates
// them with code added. A script wrongly vouched for would run on every visitor's browser.

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`

const NEXT_FORMS = [
  '(self.__next_f=self.__next_f||[]).push([0])',
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\n"])',
  'self.__next_f.push([1,"a:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003cscript\\u003e is text here \\u0026 safe\\"}]\\n"])',
  'self.__next_f.push([1,""])',
  'self.__next_f.push([3,"AAECAwQ="])',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js","static/chunks/085_ss_6fo-bx.js"],"runtimeModuleIds":[94553]});',
]

const LOOK_ALIKES: [string, string][] = [
  ['a push followed by code', 'self.__next_f.push([1,""]);alert(1)'],
  ['code before a push', 'alert(1);self.__next_f.push([1,""])'],
  ['a push with a second argument', 'self.__next_f.push([1,""],alert(1))'],
  ['a string closed early', 'self.__next_f.push([1,"" + alert(1) + ""])'],
  ['an unescaped quote inside the string', 'self.__next_f.push([1,"a"+alert(1)+"b"])'],
  ['a line comment after it', 'self.__next_f.push([1,""])//x'],
  ['a block comment inside it', 'self.__next_f.push([1,/**/""])'],
  ['an HTML comment opener', '<!--self.__next_f.push([1,""])'],
  ['a raw < in the string (script-data escape games)', 'self.__next_f.push([1,"<!--<script>"])'],
  ['a raw line separator in the string', 'self.__next_f.push([1,"\u2028"])'],
  ['a newline after it', 'self.__next_f.push([1,""])\nalert(1)'],
  ['a bad escape in the string', 'self.__next_f.push([1,"\\x41"])'],
  ['the bootstrap with code', '(self.__next_f=self.__next_f||[]).push([0]);fetch("/x")'],
  ['another global', 'self.__next_g.push([1,""])'],
  ['a form state payload (not vouched)', 'self.__next_f.push([2,{"a":1}])'],
  ['base64 with code', 'self.__next_f.push([3,"AA=="+alert(1)])'],
  [
    'a chunk from another host',
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"],"runtimeModuleIds":[1]});',
  ],
  [
    'a chunk path climbing out',
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/../../x.js"],"runtimeModuleIds":[1]});',
  ],
  ['Turbopack with extra code', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1]});alert(1)'],
  ['React’s form replay with code after it', `${REACT_FORM_REPLAY_SCRIPT}alert(1)`],
  ['React’s form replay with a space before it', ` ${REACT_FORM_REPLAY_SCRIPT}`],
  ['plain code', 'document.title="pwned"'],
]

describe('the framework script matcher', () => {
  it.each(NEXT_FORMS)('accepts Next’s own form %#', (body) => expect(isFrameworkScript(body)).toBe(true))
  it('accepts React’s form replay runtime', () => expect(isFrameworkScript(REACT_FORM_REPLAY_SCRIPT)).toBe(true))
  it.each(LOOK_ALIKES)('refuses %s', (_name, body) => expect(isFrameworkScript(body)).toBe(false))
})

describe('hashing a finished page', () => {
  it('vouches for Next’s scripts and for nothing else on the page', () => {
    const [boot, data] = NEXT_FORMS
    const html =
      `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>` +
      `<div class="rich-text"><script>self.__next_f.push([1,""]);document.title="pwned"</script>` +
      `<script type="application/ld+json">{"a":1}</script></div>` +
      `<script>${boot}</script><SCRIPT>${data}</SCRIPT><script id="_R_">${NEXT_FORMS[5]}</script></body></html>`
    expect(frameworkScriptHashes(html).sort()).toEqual([sha(boot!), sha(data!), sha(NEXT_FORMS[5]!)].sort())
  })

  it('does not vouch for a script whose tag has other attributes', () => {
    expect(frameworkScriptHashes(`<script nonce="x">${NEXT_FORMS[0]}</script><script type="module">${NEXT_FORMS[0]}</script>`)).toEqual([])
  })

  it('ends a script where the browser does: `</scriptx` does not end it', () => {
    // The browser runs `push(…)</scriptx>/;alert(1)//`: its hash is not the push's.
    const html = `<script>self.__next_f.push([1,"a"])</scriptx>/;alert(1)//</script>`
    expect(frameworkScriptHashes(html)).toEqual([])
  })
})

describe('stamping nonces on a streamed page', () => {
  const page = (injected: string) => `<body><p>${injected}</p><script>${NEXT_FORMS[0]}</script><script>${NEXT_FORMS[1]}</script></body>`

  function stream(html: string, chunkSize: number) {
    const stamper = new NonceStamper('n0nce')
    let out = ''
    for (let i = 0; i < html.length; i += chunkSize) out += stamper.push(html.slice(i, i + chunkSize))
    return out + stamper.flush()
  }

  it.each([1, 3, 7, 64, 100_000])('stamps exactly Next’s scripts whatever the chunk size (%i)', (size) => {
    const html = page('<script>self.__next_f.push([1,""]);window.pwned=1</script><scripty>')
    const out = stream(html, size)
    expect(out).toBe(
      html
        .replace(`<script>${NEXT_FORMS[0]}`, `<script nonce=n0nce>${NEXT_FORMS[0]}`)
        .replace(`<script>${NEXT_FORMS[1]}`, `<script nonce=n0nce>${NEXT_FORMS[1]}`),
    )
    expect(out.match(/nonce=/g)).toHaveLength(2)
  })

  it('keeps the id of React’s bootstrap script', () => {
    expect(stream(`<script id="_R_">${NEXT_FORMS[5]}</script>`, 5)).toBe(`<script nonce=n0nce id="_R_">${NEXT_FORMS[5]}</script>`)
  })

  it('passes a page without a closing tag through whole', () => {
    expect(stream('<p>a</p><script>self.__next_f.push([1,""])', 4)).toBe('<p>a</p><script>self.__next_f.push([1,""])')
  })

  it('refuses a nonce that could change how the tag is parsed', () => {
    expect(() => new NonceStamper('a" onload="x')).toThrow()
  })
})
