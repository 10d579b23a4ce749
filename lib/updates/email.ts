import { htmlToPlainText } from '@/lib/rich-text/plain-text'
import { sanitizeRichText } from '@/lib/rich-text/sanitize-html'
import { escapeHtml } from '@/lib/mail/escape-html'
import type { Message } from '@/lib/mail/transport'
import { eraseLinkUrl } from '@/lib/privacy/erase-link-url'
import { makeToken } from '@/lib/opt-in/links'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'

// An update as an email. Every message carries its recipient's own unsubscribe link: in the text,
// and in the List-Unsubscribe headers, so mail programs offer a one-click "unsubscribe" that
// POSTs to the site (RFC 8058) without the signer having to open anything; and a link to erase
// everything the site holds about the address (lib/privacy/erase-link.ts).

type Update = { subject: string; bodyHtml: string; petition: { title: string; slug: string } }

export function unsubscribeLinks(signatureId: string | null) {
  // A test to the editor belongs to no signature: its link leads to the "doesn't work" answer.
  const token = signatureId ? makeToken('unsubscribe-link', signatureId) : 'test-message'
  return {
    page: absoluteUrl(`/signatures/unsubscribe?token=${token}`),
    oneClick: absoluteUrl(`/api/signatures/unsubscribe?token=${token}`),
  }
}

/** Site-relative links and images (all the sanitiser lets through besides absolute ones) made absolute. */
const absoluteLinks = (html: string) => html.replace(/(\s(?:href|src))="\/(?!\/)/g, (_, attr: string) => `${attr}="${absoluteUrl('/')}`)

export function updateEmail(update: Update & { to: string; signatureId: string | null }): Message {
  const links = unsubscribeLinks(update.signatureId)
  const erase = eraseLinkUrl(update.signatureId)
  const petitionUrl = absoluteUrl(paths.petition(update.petition.slug))
  const body = absoluteLinks(sanitizeRichText(update.bodyHtml))
  const why = `You get this email because you signed “${update.petition.title}” and asked to be kept informed.`
  const text = `${htmlToPlainText(update.bodyHtml)}

--
${why}
The petition: ${petitionUrl}
Stop these updates (one click, no sign-in): ${links.page}
Erase everything this site holds about ${update.to}: ${erase}
`
  const html = `<div style="font-family:Georgia,serif;font-size:17px;line-height:1.5;color:#1a1a1a;max-width:40em">
<p style="font-family:Arial,sans-serif;font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:#7f1d1d">${escapeHtml(update.petition.title)}</p>
${body}
<hr style="border:0;border-top:1px solid #ccc;margin:2em 0 1em">
<p style="font-family:Arial,sans-serif;font-size:13px;color:#555">${escapeHtml(why)} <a href="${petitionUrl}">See the petition</a> · <a href="${links.page}">Unsubscribe from these updates</a> · <a href="${erase}">Erase everything this site holds about ${escapeHtml(update.to)}</a></p>
</div>`
  return {
    to: update.to,
    subject: update.signatureId ? update.subject : `[Test] ${update.subject}`,
    text,
    html,
    textEncoding: 'quoted-printable',
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
