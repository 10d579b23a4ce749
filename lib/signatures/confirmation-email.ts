import { absoluteUrl } from '@/lib/site'
import type { Message } from '@/lib/mail/transport'
import { escapeHtml } from '@/lib/mail/escape-html'
import { makeToken } from '@/lib/opt-in/links'
import { optInEmail } from '@/lib/opt-in/email'

// The signer's confirmation email: the double opt-in's frame (lib/opt-in/email.ts) with the
// petition's title, and a link to withdraw the signature at any time.

type Signer = { signatureId: string; email: string; fullName: string; petitionTitle: string }

function withdrawUrl(signatureId: string): string {
  return absoluteUrl(`/signatures/withdraw?token=${makeToken('withdraw-link', signatureId)}`)
}

export function confirmationEmail(signer: Signer): Message {
  const withdraw = withdrawUrl(signer.signatureId)
  return optInEmail({
    kind: 'signature',
    id: signer.signatureId,
    to: signer.email,
    subject: `Please confirm your signature: ${signer.petitionTitle}`,
    greet: signer.fullName.split(/\s+/)[0] ?? signer.fullName,
    thanks: { text: `signing "${signer.petitionTitle}".`, html: `signing “${escapeHtml(signer.petitionTitle)}”.` },
    confirmWhat: 'your signature',
    button: 'Confirm my signature',
    after: [
      {
        text: 'Your signature only counts once it is confirmed. If you did not sign, ignore this email and\nnothing will be recorded in your name.',
        html: 'Your signature only counts once it is confirmed. If you did not sign, ignore this email and nothing will be recorded in your name.',
      },
      {
        text: `Changed your mind? You can withdraw your signature at any time:\n${withdraw}`,
        html: `Changed your mind? <a href="${withdraw}">Withdraw your signature</a>.`,
        quiet: true,
      },
    ],
    headers: { 'X-Placard-Signature': signer.signatureId },
  })
}
