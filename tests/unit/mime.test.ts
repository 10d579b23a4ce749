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

const decodeWords = (header: string) =>
  header
    .replace(/\r\n /g, ' ')
    .replace(/^[^:]+: /, '')
    .split(' ')
    .map((w) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(w)![1]!, 'base64'))
    .reduce((all, part) => Buffer.concat([all, part]), Buffer.alloc(0))
    .toString('utf8')

const headersOf = (raw: Buffer) => raw.toString('utf8').split('\r\n\r\n')[0]!

it('folds a long Cyrillic subject into encoded-words of at most 75 characters on lines of at most 78', () => {
  const subject = 'Новости петиции: суд над профсоюзными активистами Казахстана отложен ещё на две недели — приходите к посольству'
  const { raw } = buildMime({ from: 'Кампания солидарности <campaign@example.org>', to: 'a@example.org', subject, text: 't', html: 'h' })
  const headers = headersOf(raw)
  const subjectHeader = /^Subject: [^\r]*(\r\n [^\r]*)*/m.exec(headers)![0]
  for (const line of headers.split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(78)
  const words = subjectHeader.replace(/^Subject: /, '').split(/\r\n | /)
  expect(words.length).toBeGreaterThan(3)
  for (const word of words) {
    expect(word.length).toBeLessThanOrEqual(75)
    // Every word decodes on its own to whole characters: none is cut inside a letter.
    expect(Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(word)![1]!, 'base64').toString('utf8')).not.toContain('\ufffd')
  }
  expect(decodeWords(subjectHeader)).toBe(subject)
  const from = /^From: [^\r]*(\r\n [^\r]*)*/m.exec(headers)![0]
  expect(from).toMatch(/ <campaign@example\.org>$/)
  expect(decodeWords(from.replace(/\s*<campaign@example\.org>$/, ''))).toBe('Кампания солидарности')
})

it('folds a long ASCII header at spaces and leaves a short one on one line', () => {
  const subject = 'An update on the trial of the jailed trade unionists: the hearing is postponed again by two weeks'
  const headers = headersOf(buildMime({ from: 'P <c@example.org>', to: 'a@example.org', subject, text: 't', html: 'h' }).raw)
  const lines = /^Subject: [^\r]*(\r\n [^\r]*)*/m.exec(headers)![0].split('\r\n')
  expect(lines.length).toBe(2)
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(78)
  expect(lines.join('').replace(/^Subject: /, '')).toBe(subject)
})

it('sends a long body line as quoted-printable within 76 characters, which decodes back exactly', () => {
  const line = 'Дорогие друзья, '.repeat(80) + 'end'
  const text = `Hello,\n${line}\nBye`
  const { raw } = buildMime({ from: 'P <c@example.org>', to: 'a@example.org', subject: 's', text, html: '<p>h</p>' })
  const message = raw.toString('utf8')
  expect(message.split('\r\n').every((l) => l.length <= 78)).toBe(true)
  const part = message.split('Content-Transfer-Encoding: quoted-printable\r\n\r\n')[1]!.split('\r\n--')[0]!
  const decoded = Buffer.from(
    part.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')
  expect(decoded).toBe(text.replace(/\n/g, '\r\n'))
})

it('keeps a confirmation-sized text part as 8bit, and mass mail asks for quoted-printable', () => {
  const text = `Confirm here: https://campaign.example.org/signatures/confirm?token=${'a'.repeat(120)}`
  const plain = buildMime({ from: 'P <c@example.org>', to: 'a@example.org', subject: 's', text, html: 'h' }).raw.toString('utf8')
  expect(plain).toContain(`Content-Transfer-Encoding: 8bit\r\n\r\n${text}`)
  const bulk = buildMime({ from: 'P <c@example.org>', to: 'a@example.org', subject: 's', text, html: 'h', textEncoding: 'quoted-printable' }).raw.toString(
    'utf8',
  )
  expect(bulk).toContain('Content-Transfer-Encoding: quoted-printable')
  expect(bulk.split('\r\n').every((l) => l.length <= 78)).toBe(true)
})
