import autocannon from 'autocannon'

// The soak's steady mixed load (npm run bench:soak through nginx, and its 2-minute version in
// the end-to-end tests against one server): readers at a fixed rate over a list of pages, and
// signers at a fixed rate, each with a proof-of-work of its own. Tallies what was answered.

export type SoakTally = {
  reads: number
  readErrors: number
  signs: number
  accepted: number
  signErrors: number
  signer: number
  /** The signers (by number: `soak.<n>@gmail.com`) answered "accepted". */
  acceptedSigners: number[]
  /** Answers other than 2xx by status and path (status 0: no answer; the message says why). */
  odd: Map<string, number>
}

export const newTally = (): SoakTally => ({
  reads: 0,
  readErrors: 0,
  signs: 0,
  accepted: 0,
  signErrors: 0,
  signer: 0,
  acceptedSigners: [],
  odd: new Map(),
})

type Load = {
  url: string
  paths: string[]
  slug: string
  readsPerS: number
  signsPerS: number
  seconds: number
  /** Single-use solved proofs-of-work, at least signsPerS × seconds of them. */
  proofs: string[]
  consentVersion: number | string
  tally: SoakTally
}

/** One slice of the load: readers and signers together for `seconds`. */
export async function soakLoad({ url, paths, slug, readsPerS, signsPerS, seconds, proofs, consentVersion, tally }: Load) {
  const noteOdd = (status: number, path: string) => {
    if (status >= 200 && status < 300) return
    const key = `${status} ${path}`
    tally.odd.set(key, (tally.odd.get(key) ?? 0) + 1)
  }
  let p = 0
  const reads = autocannon({
    url,
    connections: 16,
    overallRate: readsPerS,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (req, context) => {
          const path = paths[p++ % paths.length]!
          ;(context as { path?: string }).path = path
          return { ...req, path }
        },
        onResponse: (status, _body, context) => noteOdd(status, (context as { path: string }).path),
      },
    ],
  })
  const signs = autocannon({
    url,
    connections: 8,
    overallRate: signsPerS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: `/api/petitions/${slug}/signatures`,
        setupRequest: (req, context) => {
          const i = tally.signer++
          ;(context as { i?: number }).i = i
          const body = { fullName: `Soak ${i}`, email: `soak.${i}@gmail.com`, country: 'GB', showName: false, consentVersion }
          return { ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, altcha: proofs[i % proofs.length] }) }
        },
        onResponse: (status, body, context) => {
          noteOdd(status, 'sign')
          if (status !== 200 || (JSON.parse(body) as { outcome: string }).outcome !== 'accepted') return
          tally.accepted++
          tally.acceptedSigners.push((context as { i: number }).i)
        },
      },
    ],
  })
  for (const [name, instance] of [
    ['read', reads],
    ['sign', signs],
  ] as const)
    (instance as unknown as NodeJS.EventEmitter).on('reqError', (error: Error) => noteOdd(0, `${name}: ${error.message}`))
  const [r, s] = await Promise.all([reads, signs])
  tally.reads += r.requests.total
  tally.readErrors += r.errors + r.non2xx // errors include timeouts
  tally.signs += s.requests.total
  tally.signErrors += s.errors + s.non2xx
}

/** "Flat": at most max(`share` of the start, `floorMiB`) above the start. */
export function growthAllowed(start: number, share = 0.1, floorMiB = 25) {
  return Math.max(start * share, floorMiB * 1024 * 1024)
}
