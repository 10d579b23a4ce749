import type { Metadata } from 'next'
import { SupporterList } from '@/components/supporters/supporter-list'
import { tagPage } from '@/lib/cache/tag-page'
import { tags } from '@/lib/cache/tags'
import { listPublicSupporters } from '@/lib/supporters/public-list'

export const revalidate = 300
export const metadata: Metadata = { title: 'Sponsors and supporters', alternates: { canonical: '/supporters' } }

// Cached; an approval, edit or removal refreshes it through the supporters tag (the trigger in
// the migration announces any change to an approved entry). Searching goes to /supporters/search.
export default async function SupportersPage() {
  const list = await listPublicSupporters()
  await tagPage(tags.supporters)
  return (
    <section aria-labelledby="supporters-heading">
      <h1 id="supporters-heading" className="mb-4 border-b-4 border-accent pb-3 text-3xl font-extrabold tracking-tight">
        Sponsors and supporters
      </h1>
      <p className="mb-6 text-lg">
        Trade unions, parties, associations and individuals who back the campaign’s aims.{' '}
        <a href="/supporters/join" className="font-semibold text-accent-dark underline">
          Add your name
        </a>
      </p>
      <SupporterList list={list} search="" />
    </section>
  )
}
