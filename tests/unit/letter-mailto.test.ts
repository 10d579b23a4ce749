import { expect, it } from 'vitest'
import { buildMailto, fillLetter, MAILTO_MAX } from '@/lib/letters/letter-text'

// The letter handed to the supporter's mail app: RFC 6068 (%20 for spaces, CRLF line breaks,
// UTF-8), readable "@" in addresses, and no link so long that mail apps refuse it.

const TEMPLATE = 'Your Excellency,\n\nFree them.\n{demands}\n\nYours faithfully,\n{name}\n{organisation}\n{town}'

it('fills in the supporter and the demands they ticked, dropping lines left empty', () => {
  expect(fillLetter(TEMPLATE, { name: ' Rosa Example ', town: 'Leeds', organisation: '' }, ['Drop the charges.', 'Let the lawyers in.'])).toBe(
    'Your Excellency,\n\nFree them.\n- Drop the charges.\n- Let the lawyers in.\n\nYours faithfully,\nRosa Example\nLeeds',
  )
  expect(fillLetter('Dear Minister,\n{name}', { name: 'Rosa', town: '', organisation: '' }, ['Free them.'])).toBe('Dear Minister,\nRosa\n\n- Free them.')
})

it('encodes to, cc, subject and body so a mail app reads them back exactly', () => {
  const body = 'Dear Sir & Madam,\n\n100% of us ask: free Teodor Valk? Yes!\nŻółć — 東京 #1 +2'
  const { href, bodyIncluded } = buildMailto({
    to: ['london@embassy.kardania.example', 'minister+press@justice.kardania.example'],
    cc: ['campaign@example.org'],
    subject: 'Free Teodor Valk & Nadira Ilves',
    body,
  })
  expect(bodyIncluded).toBe(true)
  expect(href.startsWith('mailto:london@embassy.kardania.example,minister%2Bpress@justice.kardania.example?cc=campaign@example.org&subject=')).toBe(true)
  expect(href).not.toMatch(/[ \n+]/)
  expect(href).toContain('%0D%0A')
  const url = new URL(href)
  expect(decodeURIComponent(url.pathname)).toBe('london@embassy.kardania.example,minister+press@justice.kardania.example')
  expect(url.searchParams.get('cc')).toBe('campaign@example.org')
  expect(url.searchParams.get('subject')).toBe('Free Teodor Valk & Nadira Ilves')
  expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'))
})

it('leaves the body out of a link too long for mail apps, and says a long one is long', () => {
  const long = buildMailto({ to: ['a@example.org'], cc: [], subject: 'S', body: 'ü'.repeat(MAILTO_MAX) })
  expect(long).toMatchObject({ bodyIncluded: false, long: true })
  expect(long.href).toBe('mailto:a@example.org?subject=S')
  expect(buildMailto({ to: ['a@example.org'], cc: [], subject: 'S', body: 'x'.repeat(2500) })).toMatchObject({ bodyIncluded: true, long: true })
  expect(buildMailto({ to: ['a@example.org'], cc: [], subject: 'S', body: 'short' })).toMatchObject({ bodyIncluded: true, long: false })
})
