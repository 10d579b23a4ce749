// The benchmarks measure a page as readers get it once traffic runs: the copy a cache keeps (the
// instance's micro-cache, with the stylesheet inlined and the scripts vouched for by hash; or,
// behind nginx with pages as files, the file), not the one-off render of a first request.

type Options = {
  /** Accept-Encoding to ask with (wrk asks for none). */
  encoding?: string
  /** The answer header that says where it came from, and the value wanted. */
  header?: string
  value?: string
  tries?: number
  waitMs?: number
}

/** Asks for the page until a cache answers it; its bytes, or null if none did within the tries. */
export async function cachedCopy(url: string, { encoding = 'identity', header = 'x-placard-cache', value = 'HIT', tries = 50, waitMs = 200 }: Options = {}) {
  for (let attempt = 0; attempt < tries; attempt++) {
    const response = await fetch(url, { headers: { 'accept-encoding': encoding } })
    const body = Buffer.from(await response.arrayBuffer())
    if (response.headers.get(header) === value) return body
    await new Promise((resolve) => setTimeout(resolve, waitMs))
  }
  return null
}
