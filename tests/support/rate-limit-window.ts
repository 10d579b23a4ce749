// Rate limits count in fixed windows from the epoch (lib/rate-limit.ts, the sign-in throttle): a
// test whose requests straddled a window's edge would see the count start afresh half-way. Call
// this first: when an edge is due within `marginMs`, it waits until just after it.
export async function clearOfWindowEdge(windowSeconds: number, marginMs = 20_000) {
  const windowMs = windowSeconds * 1000
  const toEdge = windowMs - (Date.now() % windowMs)
  if (toEdge < marginMs) await new Promise((resolve) => setTimeout(resolve, toEdge + 500))
}
