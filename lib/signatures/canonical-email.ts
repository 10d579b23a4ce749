// Two spellings of one mailbox must count as one signer. Case never matters in practice; some
// providers also ignore dots in the local part and anything after a "+".

const DOTS_AND_TAGS_IGNORED = new Set(['gmail.com', 'googlemail.com'])
const TAGS_IGNORED = new Set([
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'fastmail.fm',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'posteo.de',
  'posteo.net',
  'mailbox.org',
])
const DOMAIN_ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com' }

/** Big free-mail providers: a burst from one of them is normal, so they have no domain limit. */
export const FREE_MAIL_DOMAINS = new Set([
  ...DOTS_AND_TAGS_IGNORED,
  ...TAGS_IGNORED,
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'ymail.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  't-online.de',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'qq.com',
  '163.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'btinternet.com',
  'comcast.net',
  'tutanota.com',
  'tuta.io',
  'zoho.com',
  'hey.com',
])

export function emailDomain(email: string): string {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase()
  return DOMAIN_ALIASES[domain] ?? domain
}

export function canonicalEmail(email: string): string {
  const at = email.lastIndexOf('@')
  let local = email.slice(0, at).toLowerCase()
  const domain = emailDomain(email)
  if (DOTS_AND_TAGS_IGNORED.has(domain) || TAGS_IGNORED.has(domain)) local = local.split('+')[0] ?? local
  if (DOTS_AND_TAGS_IGNORED.has(domain)) local = local.replace(/\./g, '')
  return `${local}@${domain}`
}
