import { makeToken } from '@/lib/signatures/links'
import { absoluteUrl } from '@/lib/site'
import type { Message } from '@/lib/mail/transport'
import { escapeHtml } from '@/lib/mail/escape-html'
import { eraseLinkUrl } from '@/lib/privacy/erase-link-url'

type Signer = { signatureId: string; email: string; fullName: string; petitionTitle: string; petitionSlug: string }

export function confirmationLinks(signatureId: string) {
  return {
    confirm: absoluteUrl(`/signatures/confirm?token=${makeToken('confirm-link', signatureId)}`),
    withdraw: absoluteUrl(`/signatures/withdraw?token=${makeToken('withdraw-link', signatureId)}`),
    erase: eraseLinkUrl(signatureId),
  }
}

export function confirmationEmail(signer: Signer): Message {
  const links = confirmationLinks(signer.signatureId)
  const firstName = signer.fullName.split(/\s+/)[0] ?? signer.fullName
  const text = `Hello ${firstName},

thank you for signing "${signer.petitionTitle}".

Please confirm your signature by opening this link (it works for 7 days):
${links.confirm}

Your signature only counts once it is confirmed. If you did not sign, ignore this email and
nothing will be recorded in your name.

Changed your mind? You can withdraw your signature at any time:
${links.withdraw}

Erase everything this site holds about ${signer.email}:
${links.erase}
`
  const html = `<p>Hello ${escapeHtml(firstName)},</p>
<p>thank you for signing “${escapeHtml(signer.petitionTitle)}”.</p>
<p><a href="${links.confirm}" style="display:inline-block;padding:12px 18px;background:#7f1d1d;color:#fff;text-decoration:none;border-radius:6px;font-weight:bold">Confirm my signature</a></p>
<p>Or copy this address into your browser (it works for 7 days):<br>${links.confirm}</p>
<p>Your signature only counts once it is confirmed. If you did not sign, ignore this email and nothing will be recorded in your name.</p>
<p style="color:#555">Changed your mind? <a href="${links.withdraw}">Withdraw your signature</a>.</p>
<p style="color:#555"><a href="${links.erase}">Erase everything this site holds about ${escapeHtml(signer.email)}</a></p>`
  return {
    to: signer.email,
    subject: `Please confirm your signature: ${signer.petitionTitle}`,
    text,
    html,
    headers: { 'X-Placard-Signature': signer.signatureId },
  }
}
