import type { Metadata } from 'next'
import { LinkProblem } from '@/components/site/link-problem'

export const metadata: Metadata = { title: 'This link doesn’t work', robots: { index: false } }

export default function InvalidLinkPage() {
  return (
    <LinkProblem
      title="This link doesn’t work"
      text="The link may have been cut short by your email program. Copy the whole address from the email into your browser, or sign the petition again with the same email address to get a new link."
    />
  )
}
