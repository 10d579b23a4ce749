import { escapeHtml } from '@/lib/mail/escape-html'
import type { Message } from '@/lib/mail/transport'
import { OPT_IN, type OptInKind } from '@/lib/opt-in/kinds'
import { CONFIRM_LINK_TTL_MS, makeToken } from '@/lib/opt-in/links'
import { eraseLinkUrl } from '@/lib/privacy/erase-link-url'
import { absoluteUrl } from '@/lib/site'

// Every confirmation email has the same frame: a greeting, what the person did, the button and
// the plain link with how long it works, what happens next, and at the foot the link that erases
// everything the site holds about the address (lib/privacy/erase-link.ts). Each domain writes
// only its own paragraphs, as text and as HTML (already escaped).

/** A paragraph in both forms; a quiet one is greyed in HTML. */
export type Paragraph = { text: string; html: string; quiet?: boolean }

export type OptInEmail = {
  kind: OptInKind
  /** The entry's id: the links are made for it. */
  id: string
  to: string
  subject: string
  /** Who "Hello …" greets. */
  greet: string
  /** What they did: "thank you for …". */
  thanks: Paragraph
  /** "Please confirm … by opening this link". */
  confirmWhat: string
  button: string
  /** What happens next, and anything else the domain offers (a withdraw link). */
  after: Paragraph[]
  headers?: Record<string, string>
}

const DAYS = Math.round(CONFIRM_LINK_TTL_MS / 86_400_000)
const BUTTON_STYLE = 'display:inline-block;padding:12px 18px;background:#7f1d1d;color:#fff;text-decoration:none;border-radius:6px;font-weight:bold'

export function confirmUrl(kind: OptInKind, id: string): string {
  const { confirmPath, purpose } = OPT_IN[kind]
  return absoluteUrl(`${confirmPath}?token=${makeToken(purpose, id)}`)
}

export function optInEmail(mail: OptInEmail): Message {
  const link = confirmUrl(mail.kind, mail.id)
  const erase: Paragraph = {
    text: `Erase everything this site holds about ${mail.to}:\n${eraseLinkUrl(mail.id)}`,
    html: `<a href="${eraseLinkUrl(mail.id)}">Erase everything this site holds about ${escapeHtml(mail.to)}</a>`,
    quiet: true,
  }
  const after = [...mail.after, erase]
  const text = [
    `Hello ${mail.greet},`,
    `thank you for ${mail.thanks.text}`,
    `Please confirm ${mail.confirmWhat} by opening this link (it works for ${DAYS} days):\n${link}`,
    ...after.map((p) => p.text),
  ].join('\n\n')
  const html = [
    `<p>Hello ${escapeHtml(mail.greet)},</p>`,
    `<p>thank you for ${mail.thanks.html}</p>`,
    `<p><a href="${link}" style="${BUTTON_STYLE}">${escapeHtml(mail.button)}</a></p>`,
    `<p>Or copy this address into your browser (it works for ${DAYS} days):<br>${link}</p>`,
    ...after.map((p) => `<p${p.quiet ? ' style="color:#555"' : ''}>${p.html}</p>`),
  ].join('\n')
  return { to: mail.to, subject: mail.subject, text: `${text}\n`, html, ...(mail.headers ? { headers: mail.headers } : {}) }
}
