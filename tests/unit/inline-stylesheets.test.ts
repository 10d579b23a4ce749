import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { expect, it } from 'vitest'
import { inlineStylesheets, stylesheetsOf } from '@/lib/http/inline-stylesheets'
import { pageToStore } from '@/lib/http/page-to-store'

const link = (href: string) => `<link rel="stylesheet" href="${href}" data-precedence="next"/>`
const page = (head: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body><p>Hi</p></body></html>`

function buildFolder(files: Record<string, string>) {
  const dist = mkdtempSync(path.join(tmpdir(), 'placard-css-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, 'static', name)), { recursive: true })
    writeFileSync(path.join(dist, 'static', name), text)
  }
  return dist
}

it('puts the stylesheet inside the page and leaves a disabled link for React to find', () => {
  const read = stylesheetsOf(buildFolder({ 'chunks/a1.css': 'body{color:red}' }))
  const html = inlineStylesheets(page(link('/_next/static/chunks/a1.css')), read)
  expect(html).toContain('<style>body{color:red}</style>')
  expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next" disabled=""/>')
  // The enabled link (a request before first paint) is gone.
  expect(html).not.toContain(link('/_next/static/chunks/a1.css'))
})

it('keeps the link when the file is missing, too large for the budget, or could close the style element', () => {
  const big = `p{margin:0}${' '.repeat(70 * 1024)}`
  const read = stylesheetsOf(buildFolder({ 'chunks/big.css': big, 'chunks/evil.css': 'p{}</style><script>alert(1)</script>' }))
  for (const href of ['/_next/static/chunks/none.css', '/_next/static/chunks/big.css', '/_next/static/chunks/evil.css']) {
    const original = page(link(href))
    expect(inlineStylesheets(original, read)).toBe(original)
  }
})

it('never reads outside the build folder', () => {
  const dist = buildFolder({ 'chunks/a.css': 'a{}' })
  writeFileSync(path.join(dist, 'secret.css'), 'leak{}')
  const read = stylesheetsOf(dist)
  expect(read('/_next/static/../secret.css')).toBeNull()
  expect(read('/_next/static/chunks/a.css')).toBe('a{}')
})

it('inlines a gzipped page and keeps it gzipped; other answers pass unchanged', () => {
  const read = stylesheetsOf(buildFolder({ 'chunks/a.css': 'h1{font-weight:700}' }))
  const html = page(link('/_next/static/chunks/a.css'))
  const gz = pageToStore('/', { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }, body: gzipSync(html) }, read)
  expect(gunzipSync(gz.body).toString()).toContain('<style>h1{font-weight:700}</style>')
  const plain = pageToStore('/', { headers: { 'content-type': 'text/html' }, body: Buffer.from(html) }, read)
  expect(plain.body.toString()).toContain('<style>h1{font-weight:700}</style>')
  const json = { headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ html })) }
  expect(pageToStore('/', json, read)).toBe(json)
  const brotli = { headers: { 'content-type': 'text/html', 'content-encoding': 'br' }, body: Buffer.from(html) }
  expect(pageToStore('/', brotli, read)).toBe(brotli)
})
