import { formatMoment } from '@/lib/format'
import type { Role } from '@/lib/generated/prisma/enums'
import type { Message } from '@/lib/mail/transport'
import { absoluteUrl, site } from '@/lib/site'
import { escapeHtml } from '@/lib/mail/escape-html'

// The email that carries a "set your password" link: an invitation from an admin, or a reset.
// Written for volunteers who may never have used the admin area: who sent it, what to do,
// how long the link works, and that ignoring it is safe.

export type PasswordLinkEmail = {
  to: string
  name: string
  purpose: 'invite' | 'reset'
  role: Role
  link: string
  expiresAt: Date
  requestedBy: string
}

const ROLE_NAMES: Record<Role, string> = { admin: 'an admin', editor: 'an editor', moderator: 'a moderator' }

/** "an editor", "a moderator": for sentences. */
export const roleWithArticle = (role: Role) => ROLE_NAMES[role]

/** "one hour", "7 days": how long a link works, in the email, the admin's answer and the users page. */
export function spanOfHours(hours: number) {
  return hours >= 48 ? `${Math.round(hours / 24)} days` : hours <= 1 ? 'one hour' : `${hours} hours`
}

function lifetime(expiresAt: Date) {
  return `${spanOfHours(Math.round((expiresAt.getTime() - Date.now()) / 3_600_000))}, until ${formatMoment(expiresAt)} UTC`
}

export function passwordLinkEmail(mail: PasswordLinkEmail): Message {
  const firstName = mail.name.split(/\s+/)[0] || mail.name
  const invite = mail.purpose === 'invite'
  const subject = invite ? `You’re invited to help run ${site.name}` : `Set a new password for ${site.name}`
  const intro = invite
    ? `${mail.requestedBy} has invited you to help run the ${site.name} website as ${roleWithArticle(mail.role)}.`
    : `${mail.requestedBy} asked for a password reset link for your ${site.name} account.`
  const action = invite ? 'To accept, choose your password here' : 'Choose a new password here'
  const expiry = `The link works once, for ${lifetime(mail.expiresAt)}.`
  const signIn = absoluteUrl('/admin/sign-in')
  const ignore = invite
    ? 'If you didn’t expect this invitation, just ignore this email: no account can be used until someone opens the link.'
    : 'If you didn’t expect this, just ignore this email: your current password keeps working.'

  const text = `Hello ${firstName},

${intro}

${action}:
${mail.link}

${expiry} Afterwards you sign in at ${signIn} with this email address (${mail.to}).

${ignore}
`
  const html = `<p>Hello ${escapeHtml(firstName)},</p>
<p>${escapeHtml(intro)}</p>
<p><a href="${mail.link}" style="display:inline-block;padding:12px 18px;background:#7f1d1d;color:#fff;text-decoration:none;border-radius:6px;font-weight:bold">${invite ? 'Choose my password' : 'Choose a new password'}</a></p>
<p>Or copy this address into your browser:<br>${mail.link}</p>
<p>${escapeHtml(expiry)} Afterwards you sign in at <a href="${signIn}">${signIn}</a> with this email address (${escapeHtml(mail.to)}).</p>
<p style="color:#555">${escapeHtml(ignore)}</p>`
  return { to: mail.to, subject, text, html }
}
