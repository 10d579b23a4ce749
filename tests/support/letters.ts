import { db } from '@/lib/db/client'
import { handleLetterSent } from '@/lib/letters/sent-request'
import { unique } from './factories'

// Builders for letter-action tests: a directory, a letter, and "I sent it" presses sent to the
// real handler exactly as the button sends them.

export async function makeDirectory() {
  const state = unique('Kardania')
  const embassy = (hostCountry: string, email: string | null) =>
    db.letterAddressee.create({
      data: { kind: 'embassy', name: `Embassy of Kardania in ${hostCountry}`, state, hostCountry, postalAddress: '1 Example Street', email },
    })
  const [gb, de, za] = [
    await embassy('GB', 'london@embassy.kardania.example'),
    await embassy('DE', 'berlin@embassy.kardania.example'),
    await embassy('ZA', null),
  ]
  const ministry = await db.letterAddressee.create({
    data: { kind: 'ministry', name: 'Ministry of Justice of Kardania', state, postalAddress: '1 Square', email: 'minister@justice.kardania.example' },
  })
  return { state, gb, de, za, ministry }
}

export async function makeLetter(overrides: Partial<{ status: 'draft' | 'open' | 'closed'; slug: string }> = {}) {
  const { state, ministry } = await makeDirectory()
  return db.letterAction.create({
    data: {
      slug: overrides.slug ?? unique('letter'),
      title: 'Write to the embassy',
      subject: 'Release Teodor Valk',
      body: 'Your Excellency,\n\nRelease him.\n{demands}\n\nYours faithfully,\n{name}\n{organisation}\n{town}',
      embassiesOf: state,
      ccEmails: ['campaign@example.org'],
      demands: ['Return the seized records.'],
      status: overrides.status ?? 'open',
      addressees: { create: [{ addresseeId: ministry.id, position: 0 }] },
    },
  })
}

export async function pressSent(slug: string, body: Record<string, unknown>, ip = '203.0.113.9') {
  const request = new Request(`http://localhost/api/letters/${slug}/sent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const response = await handleLetterSent(request, slug, ip)
  return { status: response.status, body: (await response.json()) as { outcome: string; message: string; count?: number } }
}
