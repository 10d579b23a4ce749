import { expect, it } from 'vitest'
import { letterSlugsIn, petitionSlugsIn, splitPetitionShortcodes } from '@/lib/petitions/shortcodes'
import { publicSignerName } from '@/lib/petitions/signer-name'

it('finds [petition slug] standing as a paragraph of its own, and keeps the text around it', () => {
  const parts = splitPetitionShortcodes('<p>Before</p><p>[petition free-them]</p><p>After</p><p> [petition other-one] </p>')
  expect(parts).toEqual([
    { kind: 'html', html: '<p>Before</p>' },
    { kind: 'petition', slug: 'free-them' },
    { kind: 'html', html: '<p>After</p>' },
    { kind: 'petition', slug: 'other-one' },
  ])
  expect(petitionSlugsIn('<p>[petition a]</p><p>[petition a]</p><p>[petition Bad Slug]</p>')).toEqual(['a'])
})

it('leaves a shortcode inside a sentence, a link or bold text alone, so no markup is cut in two', () => {
  for (const html of ['<p>Sign [petition x] now</p>', '<p><a href="/a">[petition x]</a></p>', '<p><strong>[petition x]</strong></p>']) {
    expect(splitPetitionShortcodes(html)).toEqual([{ kind: 'html', html }])
  }
})

it('shows signers as first name and last initial only', () => {
  expect(publicSignerName('Maria Keller')).toBe('Maria K.')
  expect(publicSignerName('  Jan  van der  berg ')).toBe('Jan B.')
  expect(publicSignerName('Ólafur')).toBe('Ólafur')
  expect(publicSignerName('Émile Ørsted')).toBe('Émile Ø.')
})

it('leaves a shortcode paragraph nested in a link, a quote or a table alone', () => {
  for (const html of [
    '<a href="https://example.org"><p>[petition x]</p></a>',
    '<blockquote><p>[petition x]</p></blockquote>',
    '<table><tbody><tr><td><p>[petition x]</p></td></tr></tbody></table>',
  ]) {
    expect(splitPetitionShortcodes(`<p>Before</p>${html}<p>[petition y]</p>`)).toEqual([
      { kind: 'html', html: `<p>Before</p>${html}` },
      { kind: 'petition', slug: 'y' },
    ])
  }
})

it('finds [letter slug] paragraphs beside petitions, each by its own kind', () => {
  const html = '<p>[petition free-them]</p><p>Write too:</p><p>[letter free-teodor-valk]</p><blockquote><p>[letter quoted]</p></blockquote>'
  expect(splitPetitionShortcodes(html).filter((p) => p.kind !== 'html')).toEqual([
    { kind: 'petition', slug: 'free-them' },
    { kind: 'letter', slug: 'free-teodor-valk' },
  ])
  expect(letterSlugsIn(html)).toEqual(['free-teodor-valk'])
  expect(petitionSlugsIn(html)).toEqual(['free-them'])
})
