import type { Metadata } from 'next'
import { LinkProblem } from '@/components/site/link-problem'
import { readUnsubscribeLink } from '@/lib/updates/unsubscribe'
import { firstParam } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Stop updates', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const PROBLEMS = {
  invalid: {
    title: 'This unsubscribe link doesn’t work',
    text: 'The link may have been cut short by your email program. Copy the whole address from the email into your browser, or use the “Unsubscribe” button your email program shows for the message.',
  },
  busy: {
    title: 'Too many attempts',
    text: 'Too many links that don’t work came from your connection. Please wait ten minutes, then open the link from your email again.',
  },
} as const

// The link at the foot of every update. Opening it only shows this page; the button unsubscribes,
// so a mail scanner that follows links unsubscribes nobody. Works without JavaScript or sign-in.
export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams
  const token = firstParam(params.token)?.slice(0, 200) ?? ''
  const problem = firstParam(params.problem) === 'busy' ? 'busy' : 'invalid'
  const link = token ? await readUnsubscribeLink(token) : ({ kind: 'invalid-link' } as const)
  if (link.kind === 'invalid-link' || firstParam(params.problem)) {
    return <LinkProblem {...PROBLEMS[problem]} />
  }
  return (
    <section aria-labelledby="unsubscribe-heading" className="max-w-xl">
      <h1 id="unsubscribe-heading" className="text-3xl font-extrabold">
        {link.unsubscribed ? 'You are already unsubscribed' : 'Stop updates about this petition?'}
      </h1>
      <p className="mt-3 text-lg">
        {link.unsubscribed
          ? `You won’t get any more emails about “${link.petitionTitle}”.`
          : `You will get no more emails about “${link.petitionTitle}”. Your signature still counts.`}
      </p>
      {link.unsubscribed ? null : (
        <form method="post" action="/api/signatures/unsubscribe" className="mt-6">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="min-h-11 rounded-md bg-ink px-5 font-semibold text-white hover:bg-black">
            Unsubscribe
          </button>
        </form>
      )}
    </section>
  )
}
