// The contact form's words, without zod, so the form's page needn't load it (lib/validation/contact.ts holds the rules).

export const CONTACT_TOPICS = {
  press: 'Press enquiry',
  solidarity: 'Message of solidarity',
  volunteer: 'I want to help',
  other: 'Something else',
} as const

export type ContactTopic = keyof typeof CONTACT_TOPICS

export const CONTACT_PRIVACY_NOTICE =
  'We use your name and email only to answer you. Your message goes to the campaign’s own mailbox and is ' +
  'deleted from this site after a year. A message of solidarity is published only if you tick the box, ' +
  'and then with your name but never your email.'

/** What the sender is told once the message is taken, held or not. */
export const CONTACT_ACCEPTED = 'Thank you: your message has reached the campaign. We answer by email, usually within a few days.'
