import { expect, it } from 'vitest'
import { shareLinks } from '@/lib/share-links'

it('builds plain share links with the address and title encoded', () => {
  const links = shareLinks('https://placard.example/posts/a?b=c', 'Free them & now')
  const byNetwork = Object.fromEntries(links.map((l) => [l.network, l.href]))
  expect(byNetwork.email).toBe('mailto:?subject=Free%20them%20%26%20now&body=Free%20them%20%26%20now%0A%0Ahttps%3A%2F%2Fplacard.example%2Fposts%2Fa%3Fb%3Dc')
  expect(byNetwork.facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fplacard.example%2Fposts%2Fa%3Fb%3Dc')
  expect(Object.keys(byNetwork)).toEqual(['email', 'whatsapp', 'telegram', 'facebook', 'x', 'bluesky', 'linkedin'])
})
