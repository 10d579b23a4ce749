import { expect, it } from 'vitest'
import { buildMime } from '@/lib/mail/mime'

it('builds a text and HTML email with non-ASCII headers encoded and CRLF line ends', () => {
  const { raw, messageId } = buildMime(
    {
      from: 'Placard <campaign@example.org>',
      to: 'zoë@example.org',
      subject: 'Please confirm: Free “Valk”',
      text: 'Hello Zoë,\nconfirm here: https://x.example/c?token=a.b',
      html: '<p>Hello Zoë</p>',
    },
    new Date('2026-11-23T10:00:00Z'),
  )
  const text = raw.toString('utf8')
  expect(text).toContain('From: "Placard" <campaign@example.org>\r\n')
  expect(text).toContain(`Subject: =?UTF-8?B?${Buffer.from('Please confirm: Free “Valk”').toString('base64')}?=\r\n`)
  expect(text).toContain('Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n')
  expect(text).toContain(`Message-ID: ${messageId}\r\n`)
  expect(messageId).toMatch(/^<[0-9a-f]{24}@example\.org>$/)
  expect(text).toContain('Hello Zoë,\r\nconfirm here: https://x.example/c?token=a.b')
  const html = text.split('Content-Transfer-Encoding: base64\r\n\r\n')[1]!.split('\r\n--')[0]!
  expect(Buffer.from(html.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe('<p>Hello Zoë</p>')
  expect(text.split('\r\n').every((line) => line.length <= 998)).toBe(true)
})
