import type { Metadata } from 'next'
import { LinkProblem } from '@/components/site/link-problem'

export const metadata: Metadata = { title: 'This link doesn’t work', robots: { index: false } }

export default function InvalidEventLinkPage() {
  return (
    <LinkProblem
      title="This link doesn’t work"
      text="The link may have been cut short by your email program, or it is more than 7 days old. Copy the whole address from the email into your browser, or register the protest again to get a new link."
    />
  )
}
