import type { Metadata } from 'next'
import { SupporterList } from '@/components/supporters/supporter-list'
import { listPublicSupporters } from '@/lib/supporters/public-list'
import { supporterSearchSchema } from '@/lib/validation/supporter'

export const metadata: Metadata = { title: 'Search the supporters', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// The list's search (a plain GET form, so it works without JavaScript): only named entries match.
export default async function SupporterSearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const { q } = supporterSearchSchema.parse({ q: typeof raw === 'string' ? raw : '' })
  const list = await listPublicSupporters(q)
  return (
    <section aria-labelledby="supporters-heading">
      <h1 id="supporters-heading" className="mb-6 border-b-4 border-accent pb-3 text-3xl font-extrabold tracking-tight">
        Sponsors and supporters
      </h1>
      <SupporterList list={list} search={q} />
    </section>
  )
}
