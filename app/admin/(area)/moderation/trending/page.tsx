import Link from 'next/link'
import { ModerationHeader } from '@/components/admin/signatures/moderation-header'
import { buttonClass } from '@/components/ui/button'
import { SelectField } from '@/components/ui/select-field'
import { requirePermission } from '@/lib/auth/session'
import { listPetitionChoices } from '@/lib/moderation/signature-search'
import { getTrending, listRecentlySignedPetitions, type TrendingRow, type TrendingWindow } from '@/lib/moderation/trending'
import { filterQuery, signatureFilterFields, toMinute, type SignatureFilter } from '@/lib/validation/signature-search'
import { firstParam } from '@/lib/validation/route-params'

export const metadata = { title: 'Trending' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const WINDOW_WORDS: Record<TrendingWindow, string> = { hour: 'last hour', day: 'last day' }

function TrendingTable(props: { title: string; rows: TrendingRow[]; filterFor: (key: string) => SignatureFilter; label: (key: string) => string }) {
  const { title, rows, filterFor, label } = props
  const id = title.toLowerCase().replace(/[^a-z]+/g, '-')
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-white p-4">
      <h2 id={id} className="font-bold">
        {title}
      </h2>
      {rows.length ? (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2">
                From
              </th>
              <th scope="col" className="py-2 text-right">
                Signatures
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={row.key}>
                <td className="py-2 font-mono break-all" title={row.key}>
                  {label(row.key)}
                </td>
                <td className="py-2 text-right font-semibold">{row.count.toLocaleString('en')}</td>
                <td className="py-2 text-right whitespace-nowrap">
                  <Link href={`/admin/moderation/signatures${filterQuery(filterFor(row.key))}`} className="underline" aria-label={`List ${label(row.key)}`}>
                    List
                  </Link>{' '}
                  ·{' '}
                  <Link
                    href={`/admin/moderation/invalidate${filterQuery(filterFor(row.key))}`}
                    className="text-accent-dark underline"
                    aria-label={`Invalidate ${label(row.key)}`}
                  >
                    Invalidate…
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm text-muted">No signatures in this time.</p>
      )}
    </section>
  )
}

export default async function TrendingPage({ searchParams }: Props) {
  await requirePermission('signatures.moderate')
  const raw = firstParam((await searchParams).petition)
  const chosen = signatureFilterFields.petition.safeParse(raw)
  const [recent, all] = await Promise.all([listRecentlySignedPetitions(), listPetitionChoices()])
  const choices = [
    ...recent.map((p) => [p.id, `${p.title} (${p.count.toLocaleString('en')} today)`] as const),
    ...all.filter((p) => !recent.some((r) => r.id === p.id)).map((p) => [p.id, p.title] as const),
  ]
  const petitionId = chosen.success ? chosen.data : choices[0]?.[0]
  const now = new Date()
  const trending = petitionId ? await getTrending(petitionId, now) : null
  return (
    <div className="space-y-6">
      <ModerationHeader title="Trending">
        Where a petition’s signatures came from lately: the email domains and internet addresses (as hashes) with the most signatures. A union branch or a
        mobile network can be real; a domain nobody has heard of sending hundreds in an hour rarely is.
      </ModerationHeader>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <SelectField id="trending-petition" name="petition" label="Petition" defaultValue={petitionId ?? ''} options={choices} />
        <button type="submit" className={buttonClass('secondary')}>
          Show
        </button>
      </form>
      {trending && petitionId ? (
        <div className="grid gap-4 md:grid-cols-2">
          {(['hour', 'day'] as const).map((w) => {
            const since = toMinute(trending.since(w))
            return [
              <TrendingTable
                key={`domain-${w}`}
                title={`Email domains, ${WINDOW_WORDS[w]}`}
                rows={trending.domains[w]}
                label={(key) => `@${key}`}
                filterFor={(key) => ({ petition: petitionId, domain: key, from: since })}
              />,
              <TrendingTable
                key={`ip-${w}`}
                title={`Address hashes, ${WINDOW_WORDS[w]}`}
                rows={trending.ips[w]}
                label={(key) => `${key.slice(0, 12)}…`}
                filterFor={(key) => ({ petition: petitionId, ip: key, from: since })}
              />,
            ]
          })}
        </div>
      ) : (
        <p className="rounded-lg border border-line bg-white p-6">There are no petitions yet.</p>
      )}
    </div>
  )
}
