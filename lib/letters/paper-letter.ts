import { fillLetter, MODEL_PLACEHOLDERS, type LetterFields } from '@/lib/letters/letter-text'
import type { PublicAddressee, PublicLetter } from '@/lib/letters/queries'
import type { LetterPdfInput } from '@/lib/validation/letter-pdf'

// The letter a supporter posts, put together from what their form sent. With JavaScript the text
// arrives filled in and edited, ready to print. Without it the page could not fill the model
// letter in, so the text still holds "[Your name]": an untouched model letter is filled in here
// from the fields and ticked demands (as the page would have), and an edited one gets its
// placeholders replaced and the ticked demands added at the end.

export type PaperLetter = {
  sender: string[]
  addressee: { name: string; postalAddress: string } | null
  subject: string
  body: string
  name: string
  copiesTo: string[]
}

export type PaperOutcome = { ok: true; letter: PaperLetter } | { ok: false; message: string }

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()

export function paperLetter(letter: PublicLetter, input: LetterPdfInput): PaperOutcome {
  const demands: string[] = []
  for (const n of input.demand) {
    const demand = letter.demands[n]
    if (demand === undefined) return { ok: false, message: 'Choose demands from the list on the page.' }
    if (!demands.includes(demand)) demands.push(demand)
  }
  const everyone: PublicAddressee[] = [...letter.embassies, ...letter.fixed]
  const addressee = input.addressee ? everyone.find((a) => a.id === input.addressee) : letter.fixed[0]
  if (input.addressee && !addressee) return { ok: false, message: 'That addressee is not one this letter goes to. Reload the page and choose again.' }

  const fields: LetterFields = { name: input.name ?? '', town: input.town ?? '', organisation: input.organisation ?? '' }
  let body: string
  if (sameText(input.body, fillLetter(letter.body, MODEL_PLACEHOLDERS, []))) {
    body = fillLetter(letter.body, { ...fields, name: fields.name || MODEL_PLACEHOLDERS.name, town: fields.town || MODEL_PLACEHOLDERS.town }, demands)
  } else {
    body = input.body
    if (fields.name) body = body.replaceAll(MODEL_PLACEHOLDERS.name, fields.name)
    if (fields.town) body = body.replaceAll(MODEL_PLACEHOLDERS.town, fields.town)
    const missing = demands.filter((d) => !body.includes(d))
    if (missing.length) body = `${body}\n\n${missing.map((d) => `- ${d}`).join('\n')}`
  }
  return {
    ok: true,
    letter: {
      sender: [fields.name, fields.organisation, fields.town].filter(Boolean),
      addressee: addressee ? { name: addressee.name, postalAddress: addressee.postalAddress } : null,
      subject: input.subject,
      body,
      name: fields.name,
      copiesTo: letter.ccEmails,
    },
  }
}
