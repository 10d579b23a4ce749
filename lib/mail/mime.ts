import { randomBytes } from 'node:crypto'
import { encode as encodeQuotedPrintable, wrap as wrapQuotedPrintable } from 'nodemailer/lib/qp'

// Builds a plain-text + HTML email (RFC 5322 / MIME) directly. Composing with a general MIME
// library cost ~3 ms a message; a storm of signers means thousands of confirmations a minute.
// Standard all the same: header lines are folded to 78 characters where they have room to
// fold, non-ASCII header text becomes RFC 2047 encoded-words of at most 75 characters, the
// HTML part is base64 in 76-character lines, and the text part is 8bit only while every line
// fits SMTP's 998-octet limit (quoted-printable otherwise, or always when asked: mass mail).

export type MimeMessage = {
  from: string
  to: string
  subject: string
  text: string
  html: string
  headers?: Record<string, string>
  /** 'auto': 8bit unless a line is longer than SMTP allows; mass mail asks for quoted-printable. */
  textEncoding?: 'auto' | 'quoted-printable'
}

const ASCII = /^[\x20-\x7e]*$/
const LINE = 78
const MAX_WORD = 75
const WORD_OVERHEAD = '=?UTF-8?B??='.length

/** Bytes of UTF-8 that fit in base64 of at most `chars` characters. */
const bytesFor = (chars: number) => Math.max(3, Math.floor(chars / 4) * 3)

/**
 * RFC 2047 encoded-words for text that isn't plain ASCII, cut between characters (never inside
 * one), each at most 75 characters; the first one short enough to share a line with `lead`.
 */
export function encodedWords(value: string, lead = 0): string[] {
  const words: string[] = []
  let budget = bytesFor(Math.min(MAX_WORD, LINE - lead - 1) - WORD_OVERHEAD)
  let chunk = ''
  let size = 0
  for (const char of value) {
    const cp = char.codePointAt(0)!
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    if (size + bytes > budget && size > 0) {
      words.push(encodedWord(chunk))
      chunk = ''
      size = 0
      budget = bytesFor(MAX_WORD - WORD_OVERHEAD)
    }
    chunk += char
    size += bytes
  }
  if (size > 0 || words.length === 0) words.push(encodedWord(chunk))
  return words
}

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`

/** One header field, folded at spaces so each line stays within 78 characters where it can. */
export function headerLine(name: string, value: string): string {
  const tokens = ASCII.test(value) ? value.split(' ') : encodedWords(value, name.length + 2)
  const lines: string[] = []
  let line = `${name}:`
  for (const token of tokens) {
    // Never fold right after the name, nor into a line of only whitespace.
    if (line.length + 1 + token.length > LINE && line.length > name.length + 1 && token) {
      lines.push(line)
      line = ''
    }
    line += ` ${token}`
  }
  lines.push(line)
  return lines.join('\r\n')
}

/** "Name <addr>" with the name quoted, or encoded when it isn't ASCII. */
function encodeAddress(field: string, address: string): string {
  const match = /^(.*)<([^>]+)>\s*$/.exec(address)
  if (!match) return headerLine(field, address.trim())
  const name = match[1]!.trim().replace(/^"|"$/g, '')
  if (!name) return headerLine(field, `<${match[2]}>`)
  const shown = ASCII.test(name) ? `"${name.replace(/["\\]/g, '')}"` : encodedWords(name, field.length + 2).join(' ')
  return headerLine(field, `${shown} <${match[2]}>`)
}

const wrap76 = (s: string) => s.replace(/.{1,76}/g, '$&\r\n')
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n')
const fitsSmtp = (text: string) => text.split('\n').every((line) => line.length * 3 <= 996 || Buffer.byteLength(line, 'utf8') <= 996)

function textPart(text: string, encoding: MimeMessage['textEncoding']) {
  const body = crlf(text)
  if (encoding !== 'quoted-printable' && fitsSmtp(body)) return ['Content-Transfer-Encoding: 8bit', '', body]
  return ['Content-Transfer-Encoding: quoted-printable', '', wrapQuotedPrintable(encodeQuotedPrintable(body), 76)]
}

export function buildMime(message: MimeMessage, now = new Date()): { raw: Buffer; messageId: string } {
  const domain = /@([^>\s]+)>?\s*$/.exec(message.from)?.[1] ?? 'localhost'
  const messageId = `<${randomBytes(12).toString('hex')}@${domain}>`
  const boundary = `placard-${randomBytes(9).toString('hex')}`
  const extra = Object.entries(message.headers ?? {}).map(([k, v]) => headerLine(k, v))
  const raw = [
    encodeAddress('From', message.from),
    // An address is never encoded-words (an internationalised one needs SMTPUTF8, not RFC 2047).
    `To: ${message.to}`,
    headerLine('Subject', message.subject),
    `Date: ${now.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    ...extra,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    ...textPart(message.text, message.textEncoding),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap76(Buffer.from(message.html, 'utf8').toString('base64')),
    `--${boundary}--`,
    '',
  ].join('\r\n')
  return { raw: Buffer.from(raw, 'utf8'), messageId }
}
