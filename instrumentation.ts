export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // `next build` also loads this file; only a running server listens for content changes.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { startContentListener } = await import('@/lib/content/listener')
  startContentListener()
}
