import { expect, it } from 'vitest'
import { petitionSlugsIn, splitPetitionShortcodes } from '@/lib/petitions/shortcodes'
import { publicSignerName } from '@/lib/petitions/signer-name'

it('finds [petition slug] in a post body and keeps the text around it', () => {
  const parts = splitPetitionShortcodes('<p>Before</p><p>[petition free-them]</p><p>After [petition other-one] end</p>')
  expect(parts).toEqual([
    { kind: 'html', html: '<p>Before</p>' },
    { kind: 'petition', slug: 'free-them' },
    { kind: 'html', html: '<p>After ' },
    { kind: 'petition', slug: 'other-one' },
    { kind: 'html', html: ' end</p>' },
  ])
  expect(petitionSlugsIn('[petition a] [petition a] [petition Bad Slug]')).toEqual(['a'])
})

it('shows signers as first name and last initial only', () => {
  expect(publicSignerName('Maria Keller')).toBe('Maria K.')
  expect(publicSignerName('  Jan  van der  berg ')).toBe('Jan B.')
  expect(publicSignerName('Ólafur')).toBe('Ólafur')
  expect(publicSignerName('Émile Ørsted')).toBe('Émile Ø.')
})
