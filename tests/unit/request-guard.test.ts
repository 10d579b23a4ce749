import { describe, expect, it } from 'vitest'
import { MAX_URL_LENGTH, refuseBadUrl, refuseForeignOrigin, refuseUnknownAction } from '@/lib/http/request-guard'

// Addresses no real link produces are refused with a 400 (or 414) before Next sees them.

it('lets real links through, escaped letters and query strings included', () => {
  for (const url of [
    '/',
    '/posts/free-teodor-valk',
    '/search?q=%D0%A1%D0%B2%D0%BE%D0%B1%D0%BE%D0%B4%D1%83+%C3%A0+tous',
    '/petitions/free-them/signatures?sent=1&x=',
    '/media/2026/12/photo-800.webp',
    '/posts/caf\u00c3\u00a9', // "café" as raw UTF-8 bytes, as Node hands them over
  ])
    expect(refuseBadUrl(url), url).toBeNull()
})

it('refuses broken escapes, invalid UTF-8 and control characters, in the path or the query', () => {
  for (const url of [
    '/api/petitions/%E0%A4%A/signatures',
    '/posts/abc%00def',
    '/posts/%',
    '/posts/%zz',
    '/posts/%C3%28',
    '/posts/%ED%A0%80', // a UTF-16 surrogate, not UTF-8
    '/posts/caf\u00e9', // a lone latin1 byte
    '/posts/a%0Ab',
    '/search?q=%00',
    '/search?q=%E0%A4%A',
    '/search?q=%1B%5B31m',
    'http://evil.example/',
  ])
    expect(refuseBadUrl(url), url).toMatchObject({ status: 400, message: expect.stringContaining('malformed') })
})

it('refuses addresses longer than any real link', () => {
  expect(refuseBadUrl(`/posts/${'a'.repeat(MAX_URL_LENGTH)}`)).toMatchObject({ status: 414 })
  expect(refuseBadUrl(`/posts/${'a'.repeat(MAX_URL_LENGTH - 10)}`)).toBeNull()
})

describe('requests that change something must come from a page of this site', () => {
  const site = 'https://campaign.example'
  const post = (headers: { origin?: string; referer?: string; host?: string }, url = '/api/petitions/p/signatures') =>
    refuseForeignOrigin('POST', url, { host: 'campaign.example', ...headers }, site)

  it('accepts its own pages, and clients that send neither Origin nor Referer', () => {
    expect(post({ origin: 'https://campaign.example' })).toBeNull()
    expect(post({ referer: 'https://campaign.example/petitions/p' })).toBeNull()
    expect(post({})).toBeNull()
    // Behind a proxy that keeps the Host header, the address the browser used is the site's own.
    expect(refuseForeignOrigin('POST', '/x', { origin: 'http://10.0.0.5:3000', host: '10.0.0.5:3000' }, site)).toBeNull()
  })

  it('refuses a foreign or null Origin, and without Origin a foreign Referer, with a 403', () => {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'https://campaign.example.evil.example' },
      { referer: 'https://evil.example/page' },
      { origin: 'not a url' },
    ])
      expect(post(headers), JSON.stringify(headers)).toMatchObject({ status: 403, message: expect.stringContaining('did not come from a page of this site') })
  })

  it('lets a mail provider’s one-click unsubscribe through: the signed link is its authority', () => {
    expect(post({ origin: 'https://mail.example' }, '/api/signatures/unsubscribe?token=abc')).toBeNull()
    expect(post({ origin: 'https://mail.example' }, '/api/signatures/unsubscribe-me')).toMatchObject({ status: 403 })
  })

  it('never checks reading requests', () => {
    expect(refuseForeignOrigin('GET', '/', { origin: 'https://evil.example' }, site)).toBeNull()
    expect(refuseForeignOrigin('HEAD', '/', { origin: 'null' }, site)).toBeNull()
  })
})

describe('server-action calls', () => {
  const known = new Set(['7f00aa'])
  it('passes the actions this build has, and every request that calls none', () => {
    expect(refuseUnknownAction('POST', '7f00aa', known)).toBeNull()
    expect(refuseUnknownAction('POST', undefined, known)).toBeNull()
    expect(refuseUnknownAction('GET', 'nonsense', known)).toBeNull()
  })

  it('answers a form from an older build (or a made-up id) with a 409 that says to reload', () => {
    for (const id of ['7f00ab', '', ['7f00aa', '7f00aa']])
      expect(refuseUnknownAction('POST', id, known), JSON.stringify(id)).toEqual({
        status: 409,
        message: 'This form comes from an older version of the site. Reload the page and send it again.',
      })
  })
})
