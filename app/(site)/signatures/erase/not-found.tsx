import { LinkProblem } from '@/components/site/link-problem'

// A forged, cut-short or expired erasure link: a 404 that says what to do, and nothing erased.
export default function EraseLinkProblem() {
  return (
    <LinkProblem
      title="This erasure link doesn’t work"
      text="Nothing was erased. The link may have been cut short by your email program, or be more than a year old (erasure links work for a year). Copy the whole address from the newest email we sent you into your browser, or write to the campaign and ask them to erase your data."
    />
  )
}
