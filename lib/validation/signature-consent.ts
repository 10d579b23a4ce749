// The sign form's privacy notice and its version: plain text, so the form can show them
// without the rules in signature.ts (zod), which reach the browser only when someone signs.

// 2026-12: the notice says the addressee gets names only of those who tick the box for it.
export const CONSENT_VERSIONS = ['2026-11', '2026-12'] as const
export const CURRENT_CONSENT_VERSION = CONSENT_VERSIONS[CONSENT_VERSIONS.length - 1]!
export const PRIVACY_NOTICE =
  'We use your name, email and country only for this petition. Your email address is never shown ' +
  'publicly or given to anyone outside the campaign. Your name appears publicly only if you tick the box, ' +
  'and it is in the list handed to the petition’s addressee only if you tick that box; otherwise ' +
  'they learn only your country. We email you about the campaign only if you ask us to. You can ' +
  'withdraw your signature at any time with the link in your confirmation email.'
