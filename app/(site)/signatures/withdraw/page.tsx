import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Withdraw your signature', robots: { index: false } }

// Opening the link only shows this page; the signature is withdrawn when the button is pressed,
// so a mail scanner that follows links can't withdraw anyone.
export default async function WithdrawPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token
  const token = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? ''
  return (
    <section aria-labelledby="withdraw-heading" className="max-w-xl">
      <h1 id="withdraw-heading" className="text-3xl font-extrabold">
        Withdraw your signature?
      </h1>
      <p className="mt-3 text-lg">
        Your signature will no longer count, and your name, email address and everything else you gave with it will be erased. Only a scrambled fingerprint of
        your address is kept, so that it is never counted on this petition again.
      </p>
      <form method="post" action="/api/signatures/withdraw" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="min-h-11 rounded-md bg-ink px-5 font-semibold text-white hover:bg-black">
          Withdraw my signature
        </button>
      </form>
    </section>
  )
}
