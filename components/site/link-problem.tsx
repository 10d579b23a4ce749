// The page a signer sees after a link from one of our emails: what happened (or what went wrong)
// and what to do, with a way back to the petitions.
export function LinkAnswer({
  title,
  text,
  back = { href: '/petitions', label: 'See all petitions' },
}: {
  title: string
  text: string
  back?: { href: string; label: string }
}) {
  return (
    <section aria-labelledby="link-answer-heading" className="max-w-xl">
      <h1 id="link-answer-heading" className="text-3xl font-extrabold">
        {title}
      </h1>
      <p className="mt-3 text-lg">{text}</p>
      <p className="mt-4">
        <a href={back.href} className="font-semibold underline">
          {back.label}
        </a>
      </p>
    </section>
  )
}

/** When the link can't be used. */
export const LinkProblem = LinkAnswer
