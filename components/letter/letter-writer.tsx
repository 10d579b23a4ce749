'use client'

import { useMemo, useState, useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { SelectField } from '@/components/ui/select-field'
import { inputClass, TextField } from '@/components/ui/text-field'
import { downloadLetterPdf } from '@/components/letter/pdf-download'
import { PostalChoice } from '@/components/letter/postal-choice'
import { buildMailto, fillLetter, MODEL_PLACEHOLDERS } from '@/lib/letters/letter-text'

// The supporter's side of a letter action: pick the country you live in (and so the embassy),
// fill in your name, town and organisation, tick demands, edit the letter, then send it from
// your own mail app (a mailto: link), copy it, print it or download it as a PDF to post (the one
// thing that asks the server, which keeps nothing of it). Before JavaScript (or without it) the
// fields, the model letter and the PDF button are a plain form: the server fills the letter in;
// the full list of addresses to write to is below it, in the page itself.

export type WriterAddressee = {
  id: string
  name: string
  email: string | null
  postalAddress: string
  hostCountry: string | null
  hostCountryName: string | null
}
type Props = {
  slug: string
  subject: string
  body: string
  ccEmails: string[]
  demands: string[]
  fixed: WriterAddressee[]
  embassies: WriterAddressee[]
  embassiesOfName: string | null
}

const ELSEWHERE = 'elsewhere'
const noSubscription = () => () => {}

export function LetterWriter({ slug, subject: modelSubject, body: model, ccEmails, demands, fixed, embassies, embassiesOfName }: Props) {
  // False in the server's HTML (what a reader without JavaScript gets), true once hydrated.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [country, setCountry] = useState('')
  const [fields, setFields] = useState({ name: '', town: '', organisation: '' })
  const [chosen, setChosen] = useState<string[]>([])
  const [subject, setSubject] = useState(modelSubject)
  const [edited, setEdited] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [making, setMaking] = useState(false)

  const filled = useMemo(
    () =>
      fillLetter(
        model,
        mounted ? fields : MODEL_PLACEHOLDERS,
        demands.filter((d) => chosen.includes(d)),
      ),
    [model, fields, chosen, demands, mounted],
  )
  const text = edited ?? filled
  const hosts = useMemo(() => [...new Map(embassies.map((e) => [e.hostCountry!, e.hostCountryName!])).entries()], [embassies])
  const here = embassies.filter((e) => e.hostCountry === country)
  const recipients = [...(here.some((e) => e.email) ? here : []), ...fixed]
  const to = recipients.flatMap((r) => (r.email ? [r.email] : []))
  const mailto = buildMailto({ to, cc: ccEmails, subject, body: text })
  const id = (name: string) => `letter-${slug}-${name}`
  // A posted letter has one addressee: the embassy (not also its consulate), or else the first fixed one.
  const postedTo = (here.length ? here : fixed)[0]

  async function downloadPdf(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // Enter in a field submits the form too: only the button makes a PDF.
    if ((event.nativeEvent as SubmitEvent).submitter?.dataset.pdf === undefined) return
    if (embassies.length && !postedTo) return setStatus('Choose the country you live in first: the PDF is addressed to the embassy there.')
    setMaking(true)
    setStatus('Making your PDF…')
    setStatus(await downloadLetterPdf(slug, { ...fields, addressee: postedTo?.id ?? '', subject, body: text }))
    setMaking(false)
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${text}`)
      setStatus('The letter is copied. Paste it into an email or a document.')
    } catch {
      setStatus('Your browser blocked copying. Select the letter’s text and copy it by hand.')
    }
  }

  return (
    <form method="post" action={`/api/letters/${slug}/pdf`} onSubmit={downloadPdf} className="space-y-4">
      {mounted && embassiesOfName ? (
        <div>
          <SelectField
            id={id('country')}
            name="country"
            label="Which country do you live in?"
            hint={`Your letter goes to the embassy of ${embassiesOfName} there.`}
            empty="Choose your country"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            options={[...hosts, [ELSEWHERE, 'Another country']]}
          />
          {here.length ? (
            <ul className="mt-2 space-y-2" aria-label="Your letter goes to">
              {here.map((e) => (
                <li key={e.id} className="rounded-md border border-line bg-white p-3 text-sm">
                  <strong>{e.name}</strong>
                  <span className="block whitespace-pre-line">{e.postalAddress}</span>
                  {e.email ? <span className="block">{e.email}</span> : <span className="block">No email address: print the letter and post it.</span>}
                </li>
              ))}
            </ul>
          ) : country === ELSEWHERE ? (
            <p className="mt-2 text-sm">
              We have no embassy address for your country yet. {fixed.length ? 'Your letter goes to the addressees below; ' : ''}the list further down has every
              embassy we know of.
            </p>
          ) : null}
        </div>
      ) : embassiesOfName ? (
        <p>Find the embassy of {embassiesOfName} in the country you live in in the list below, and send it this letter.</p>
      ) : null}
      {fixed.length ? (
        <p className="text-sm">
          {embassiesOfName ? 'It also goes to' : 'To'}: {fixed.map((f) => f.name).join(', ')}
        </p>
      ) : null}
      {ccEmails.length ? <p className="text-sm text-muted">A copy goes to {ccEmails.join(', ')}, so the campaign knows.</p> : null}

      <div className="grid gap-3 sm:grid-cols-3">
        {(['name', 'town', 'organisation'] as const).map((name) => (
          <TextField
            key={name}
            id={id(name)}
            name={name}
            label={{ name: 'Your name', town: 'Your town', organisation: 'Organisation' }[name]}
            optional={name === 'organisation'}
            autoComplete={{ name: 'name', town: 'address-level2', organisation: 'organization' }[name]}
            maxLength={120}
            value={fields[name]}
            onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
          />
        ))}
      </div>
      {demands.length ? (
        <fieldset>
          <legend className="font-semibold">Add demands to your letter</legend>
          {demands.map((d) => (
            <label key={d} className="mt-2 flex items-start gap-3">
              <input
                type="checkbox"
                // Without JavaScript the server adds the ticked demands to the PDF; with it they are in the text.
                name={mounted ? undefined : 'demand'}
                value={demands.indexOf(d)}
                checked={chosen.includes(d)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, d] : chosen.filter((c) => c !== d))}
                className="mt-1 size-5 shrink-0 accent-accent-dark"
              />
              <span>{d}</span>
            </label>
          ))}
        </fieldset>
      ) : null}

      {mounted ? (
        <input type="hidden" name="addressee" value={postedTo?.id ?? ''} />
      ) : (
        <PostalChoice id={id('addressee')} embassies={embassies} fixed={fixed} />
      )}
      <TextField id={id('subject')} name="subject" label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />
      <div>
        <label htmlFor={id('body')} className="font-semibold">
          Your letter
        </label>
        <textarea
          id={id('body')}
          name="body"
          rows={14}
          value={text}
          onChange={(e) => setEdited(e.target.value)}
          className={`${inputClass} py-2 font-serif leading-relaxed`}
        />
        {edited !== null ? (
          <button type="button" onClick={() => setEdited(null)} className="mt-1 text-sm underline">
            Start again from the model letter
          </button>
        ) : null}
      </div>

      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {to.length ? (
          <a
            href={mailto.href}
            className="inline-flex min-h-12 items-center justify-center rounded-md bg-accent-dark px-5 font-bold text-white no-underline hover:bg-accent"
          >
            Open in my mail app
          </a>
        ) : null}
        {mounted ? (
          <>
            <button type="button" onClick={copy} className="min-h-12 rounded-md border border-gray-500 bg-white px-5 font-semibold">
              Copy the letter
            </button>
            <button type="button" onClick={() => window.print()} className="min-h-12 rounded-md border border-gray-500 bg-white px-5 font-semibold">
              Print it to post
            </button>
          </>
        ) : null}
        <button
          type="submit"
          data-pdf=""
          disabled={making}
          className="min-h-12 rounded-md border border-gray-500 bg-white px-5 font-semibold disabled:opacity-60"
        >
          Download as PDF to post
        </button>
      </div>
      {mailto.long ? (
        <p className="text-sm text-muted">
          {mailto.bodyIncluded
            ? 'Your letter is long: if your mail app shows it cut short, copy the letter and paste it in.'
            : 'Your letter is too long to hand to a mail app in one piece: copy it and paste it into the email.'}
        </p>
      ) : null}
      {mounted ? null : <p className="text-sm text-muted">The PDF has your name and town filled in, and the demands you ticked.</p>}
      <p role="status" aria-live="polite" className="text-sm font-medium text-teal empty:hidden">
        {status}
      </p>
      {mounted
        ? createPortal(
            <div data-letter-print="" className="hidden p-8 font-serif text-black print:block">
              {(postedTo ? [postedTo] : []).map((r) => (
                <p key={r.id} className="mb-4 whitespace-pre-line">
                  {r.name}
                  {r.postalAddress ? `\n${r.postalAddress}` : ''}
                </p>
              ))}
              <p className="mb-4">{new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}</p>
              <p className="mb-4 font-bold">{subject}</p>
              <p className="whitespace-pre-line">{text}</p>
              {ccEmails.length ? <p className="mt-6 text-sm">Copy to: {ccEmails.join(', ')}</p> : null}
            </div>,
            document.body,
          )
        : null}
    </form>
  )
}
