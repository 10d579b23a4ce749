import { LetterWriter, SentButton } from '@/components/letter/lazy-parts'
import { RecentSenders } from '@/components/letter/recent-senders'
import { buildMailto, fillLetter, MODEL_PLACEHOLDERS } from '@/lib/letters/letter-text'
import type { PublicAddressee, PublicLetter } from '@/lib/letters/queries'
import { paths } from '@/lib/paths'

// A letter action, on its own page or inside a post ([letter its-slug]): the writer, the
// "I sent it" button with the count, and every address the letter may go to as a plain list,
// grouped by host country, each with a mail link carrying the model letter. That list is what
// a reader without JavaScript uses; with it, the writer picks the right embassy for them.

export function LetterBox({ letter, heading = 'h2', linkTitle = false }: { letter: PublicLetter; heading?: 'h1' | 'h2'; linkTitle?: boolean }) {
  const Heading = heading
  const byHost = new Map<string, PublicAddressee[]>()
  for (const e of letter.embassies) byHost.set(e.hostCountryName ?? '', [...(byHost.get(e.hostCountryName ?? '') ?? []), e])
  const modelText = fillLetter(letter.body, MODEL_PLACEHOLDERS, [])
  const mailtoFor = (a: PublicAddressee) =>
    buildMailto({ to: [a.email!, ...letter.fixed.flatMap((f) => (f.email ? [f.email] : []))], cc: letter.ccEmails, subject: letter.subject, body: modelText })
      .href
  const writerAddressee = (a: PublicAddressee) => ({
    id: a.id,
    name: a.name,
    email: a.email,
    postalAddress: a.postalAddress,
    hostCountry: a.hostCountry,
    hostCountryName: a.hostCountryName,
  })
  return (
    <section aria-labelledby={`letter-${letter.slug}`} className="rounded-lg border border-line bg-white/60 p-4 sm:p-6" data-letter={letter.slug}>
      <p className="text-sm font-bold tracking-wide text-accent uppercase">Protest letter</p>
      <Heading id={`letter-${letter.slug}`} className="mt-1 text-2xl font-black">
        {linkTitle ? <a href={paths.letter(letter.slug)}>{letter.title}</a> : letter.title}
      </Heading>
      {letter.intro ? <p className="mt-2 whitespace-pre-line">{letter.intro}</p> : null}
      <div className="mt-6">
        <LetterWriter
          slug={letter.slug}
          subject={letter.subject}
          body={letter.body}
          ccEmails={letter.ccEmails}
          demands={letter.demands}
          fixed={letter.fixed.map(writerAddressee)}
          embassies={letter.embassies.map(writerAddressee)}
          embassiesOfName={letter.embassiesOf}
        />
      </div>
      <div className="mt-6">
        <SentButton slug={letter.slug} count={letter.count} open={letter.status === 'open'} />
        <RecentSenders slug={letter.slug} senders={letter.senders} />
      </div>
      {letter.embassies.length ? (
        <details open className="mt-8">
          <summary className="cursor-pointer text-lg font-bold">
            Every embassy of {letter.embassiesOf}, by country ({byHost.size} {byHost.size === 1 ? 'country' : 'countries'})
          </summary>
          <div className="mt-3 space-y-4">
            {[...byHost].map(([host, entries]) => (
              <div key={host}>
                <h3 className="font-bold">{host}</h3>
                <ul className="mt-1 space-y-2">
                  {entries.map((e) => (
                    <li key={e.id} className="rounded-md border border-line bg-white p-3 text-sm">
                      <strong>{e.name}</strong>
                      {e.postalAddress ? <span className="block whitespace-pre-line">{e.postalAddress}</span> : null}
                      {e.email ? (
                        <span className="block">
                          Email: {e.email} ·{' '}
                          <a href={mailtoFor(e)} className="underline">
                            write to them with the model letter
                          </a>
                        </span>
                      ) : null}
                      {e.phone ? <span className="block">Phone: {e.phone}</span> : null}
                      {e.fax ? <span className="block">Fax: {e.fax}</span> : null}
                      {e.checkedOn ? <span className="block text-muted">Checked on {e.checkedOn}</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </details>
      ) : null}
      <p className="mt-6 text-sm text-muted">
        Your letter goes from your own email or post: this site never sends it for you and never sees it. “I sent it” counts letters; it keeps no address, and
        no name unless you ask for yours to be shown.
      </p>
    </section>
  )
}
