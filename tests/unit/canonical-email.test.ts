import { expect, it } from 'vitest'
import { canonicalEmail, emailDomain } from '@/lib/signatures/canonical-email'

it.each([
  ['Jane.Doe@Gmail.com', 'janedoe@gmail.com'],
  ['j.a.n.e.doe+petition@googlemail.com', 'janedoe@gmail.com'],
  ['Jane.Doe+x@outlook.com', 'jane.doe@outlook.com'],
  ['Jane.Doe+x@example.org', 'jane.doe+x@example.org'],
  ['JANE@Example.ORG', 'jane@example.org'],
])('%s counts as %s', (email, canonical) => {
  expect(canonicalEmail(email)).toBe(canonical)
})

it('knows the domain, folding aliases', () => {
  expect(emailDomain('a@GoogleMail.com')).toBe('gmail.com')
  expect(emailDomain('a@union.example')).toBe('union.example')
})
