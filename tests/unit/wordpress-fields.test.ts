import { describe, expect, it } from 'vitest'
import { plainText, postMoment, slugFromWordpress } from '@/lib/wordpress/fields'
import { originalCandidates, uploadsPath } from '@/lib/wordpress/upload-paths'
import { readImportArgs } from '../../scripts/lib/import-wordpress-args'

// The small readings an import depends on: addresses, dates, upload paths and the command line.

describe('reading a WordPress export’s fields', () => {
  it('makes Latin slugs from WordPress’s percent-encoded Cyrillic and Kazakh ones', () => {
    expect(slugFromWordpress('%d1%81%d0%b2%d0%be%d0%b1%d0%be%d0%b4%d0%b0', 'Свобода')).toBe('svoboda')
    expect(slugFromWordpress('%d2%9b%d0%b0%d0%b7%d0%b0%d2%9b%d1%81%d1%82%d0%b0%d0%bd', '')).toBe('qazaqstan')
    expect(slugFromWordpress('already-latin', 'x')).toBe('already-latin')
    expect(slugFromWordpress('', 'Жаңа заң — өтті!')).toBe('zhana-zan-otti')
    expect(slugFromWordpress('%zz', '')).toBe('zz')
  })

  it('takes the moment from the GMT date, and the site’s clock with the offset seen before when GMT is missing', () => {
    expect(postMoment('2013-07-15 14:30:00', '2013-07-15 08:30:00', null)).toEqual({ at: new Date('2013-07-15T08:30:00Z'), offsetMinutes: 360 })
    expect(postMoment('2013-07-16 14:30:00', '0000-00-00 00:00:00', 360)).toEqual({ at: new Date('2013-07-16T08:30:00Z'), offsetMinutes: 360 })
    expect(postMoment('2013-07-16 14:30:00', '', null).at).toEqual(new Date('2013-07-16T14:30:00Z'))
    expect(() => postMoment('2015-02-30 10:00:00', '2015-02-30 10:00:00', null)).toThrow('its date “2015-02-30 10:00:00” is not a date')
    expect(() => postMoment('0000-00-00 00:00:00', '0000-00-00 00:00:00', null)).toThrow('it has no date')
    expect(() => postMoment('yesterday', '', null)).toThrow('is not a date')
  })

  it('finds the upload a URL names, and the original behind WordPress’s resized copies, never outside the folder', () => {
    expect(uploadsPath('https://x.example/wp-content/uploads/2013/07/%D1%84%D0%BE%D1%82%D0%BE-300x200.jpg?ver=2')).toBe('2013/07/фото-300x200.jpg')
    expect(uploadsPath('https://x.example/wp-content/uploads/2013/../../wp-config.php')).toBeNull()
    expect(uploadsPath('https://x.example/wp-content/uploads/%2e%2e/secret.jpg')).toBeNull()
    expect(originalCandidates('2013/07/photo-scaled-1024x683.jpg')).toEqual([
      '2013/07/photo.jpg',
      '2013/07/photo-scaled.jpg',
      '2013/07/photo-scaled-1024x683.jpg',
    ])
    expect(originalCandidates('logo.png')).toEqual(['logo.png'])
  })

  it('reads the command line, and explains what is wrong with it', () => {
    expect(readImportArgs(['export.xml', '--dry-run', '--uploads', 'up', '--map-signature', 'free-them'])).toEqual({
      file: 'export.xml',
      dryRun: true,
      uploadsDir: 'up',
      signaturePetition: 'free-them',
      help: false,
    })
    expect(() => readImportArgs([])).toThrow('Give the export file')
    expect(() => readImportArgs(['a.xml', 'b.xml'])).toThrow('Give one export file, not 2.')
    expect(() => readImportArgs(['a.xml', '--map-signature', 'Not A Slug'])).toThrow('--map-signature needs a petition’s slug')
    expect(() => readImportArgs(['a.xml', '--force'])).toThrow(/Unknown option '--force'/)
  })
})

describe('plain text from WordPress fields', () => {
  it('decodes the entities WordPress keeps in titles and names, and drops tags', () => {
    expect(plainText('&laquo;Свобода&raquo; &#8212; News &amp; Views <em>now</em>&#x21;')).toBe('«Свобода» — News & Views now!')
    expect(plainText('a &#0; b &#xD800; c &bogus;')).toBe('a &#0; b &#xD800; c &bogus;')
  })
})
