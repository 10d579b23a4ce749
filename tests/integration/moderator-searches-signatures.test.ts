import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { countSignatures, decodeCursor, searchSignatures, SEARCH_PAGE_SIZE } from '@/lib/moderation/signature-search'
import { getTrending } from '@/lib/moderation/trending'
import { parseSignatureQuery, type SignatureFilter } from '@/lib/validation/signature-search'
import { resetDatabase } from '../support/factories'
import { makePetition } from '../support/signing'
import { insertSignatures } from '../support/signatures'

// A moderator narrows every signature down by petition, name, email, domain, address hash,
// country, status, hold reason and time, newest first, a page at a time; and sees which
// domains and addresses a petition's signatures came from lately.

const IP_A = 'A'.repeat(43)
const IP_B = 'b'.repeat(43)
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000)

let petition: { id: string }
let other: { id: string }
beforeEach(async () => {
  await resetDatabase()
  petition = await makePetition()
  other = await makePetition()
  await insertSignatures(petition.id, 3, { name: 'Rosa Luxemburg', domain: 'spd.example', ip: IP_A, country: 'DE', status: 'confirmed', at: minutesAgo(30) })
  await insertSignatures(petition.id, 2, {
    name: 'Ferdinand Lassalle',
    domain: 'adav.example',
    ip: IP_B,
    country: 'AT',
    status: 'pending',
    at: minutesAgo(300),
  })
  await insertSignatures(other.id, 1, { name: 'rosalind franklin', domain: 'kings.example', country: 'GB', status: 'withdrawn', at: minutesAgo(3000) })
  await insertSignatures(other.id, 1, {
    name: 'Held Person',
    domain: 'kings.example',
    country: 'GB',
    status: 'invalidated',
    held: true,
    holdReasons: ['no-proof-of-work', 'too-fast'],
    at: minutesAgo(10),
  })
  await insertSignatures(other.id, 1, { name: 'Jo Gmail', email: 'jo.smith@gmail.com', domain: 'gmail.com', status: 'confirmed', at: minutesAgo(5) })
})

const names = async (filter: SignatureFilter) => (await searchSignatures(filter)).rows.map((r) => r.full_name)

describe('search', () => {
  it('filters by each field on its own', async () => {
    expect(await names({ petition: petition.id })).toEqual([...Array(3).fill('Rosa Luxemburg'), ...Array(2).fill('Ferdinand Lassalle')])
    expect(await names({ name: 'ROS' })).toEqual([...Array(3).fill('Rosa Luxemburg'), 'rosalind franklin'])
    expect(await names({ name: '%' })).toEqual([])
    expect(await names({ domain: 'adav.example' })).toEqual(['Ferdinand Lassalle', 'Ferdinand Lassalle'])
    expect(await names({ ip: IP_B })).toHaveLength(2)
    expect(await names({ country: 'GB' })).toEqual(['Held Person', 'rosalind franklin'])
    expect(await names({ status: 'withdrawn' })).toEqual(['rosalind franklin'])
    expect(await names({ reason: 'too-fast' })).toEqual(['Held Person'])
    expect(await names({ reason: 'ip-burst' })).toEqual([])
    expect(await names({ from: minutesAgo(60).toISOString().slice(0, 16) })).toEqual(['Jo Gmail', 'Held Person', ...Array(3).fill('Rosa Luxemburg')])
    expect(await names({ to: minutesAgo(60).toISOString().slice(0, 16) })).toEqual([...Array(2).fill('Ferdinand Lassalle'), 'rosalind franklin'])
  })

  it('finds an email however it is spelled (case, Gmail dots and +tags), through the canonical form', async () => {
    const { filter } = parseSignatureQuery({ email: 'Jo.Smith+petitions@GoogleMail.com' })
    expect(filter).toEqual({ email: 'josmith@gmail.com' })
    expect(await names(filter)).toEqual(['Jo Gmail'])
  })

  it('combines filters', async () => {
    expect(await names({ petition: other.id, country: 'GB', status: 'invalidated' })).toEqual(['Held Person'])
    expect(await names({ petition: petition.id, domain: 'kings.example' })).toEqual([])
  })

  it('drops a bad value from the address with a note, and keeps the rest', () => {
    expect(parseSignatureQuery({ domain: 'x', country: 'de', status: 'bogus' })).toEqual({
      filter: { country: 'DE' },
      notes: ['The domain filter was ignored: Type a domain like example.org.', 'The status filter was ignored: Choose a status from the list.'],
    })
  })

  it('drops a date or a page cursor that does not exist, instead of failing', () => {
    expect(parseSignatureQuery({ from: '2026-13-45T99:99', to: '2026-02-30T10:00', country: 'KZ' })).toEqual({
      filter: { country: 'KZ' },
      notes: ['The from filter was ignored: That date or time does not exist.', 'The to filter was ignored: That date or time does not exist.'],
    })
    expect(decodeCursor('2026-13-45T99:99:99.999Z_00000000-0000-0000-0000-000000000000')).toBeNull()
    expect(decodeCursor('2026-12-01T10:00:00.000Z_00000000-0000-0000-0000-000000000000')).toMatchObject({ id: '00000000-0000-0000-0000-000000000000' })
  })

  it('pages newest first after the last row, and back', async () => {
    await insertSignatures(petition.id, 2 * SEARCH_PAGE_SIZE + 5, { domain: 'many.example', at: minutesAgo(1) })
    const first = await searchSignatures({ domain: 'many.example' })
    expect(first).toMatchObject({ newer: false, older: true })
    const last = first.rows.at(-1)!
    const second = await searchSignatures({ domain: 'many.example' }, { before: { at: last.created_at, id: last.id } })
    const third = await searchSignatures({ domain: 'many.example' }, { before: { at: second.rows.at(-1)!.created_at, id: second.rows.at(-1)!.id } })
    expect(third.rows).toHaveLength(5)
    expect(third).toMatchObject({ newer: true, older: false })
    const all = [...first.rows, ...second.rows, ...third.rows]
    expect(new Set(all.map((r) => r.id)).size).toBe(2 * SEARCH_PAGE_SIZE + 5)
    expect(all.map((r) => r.created_at.getTime())).toEqual(all.map((r) => r.created_at.getTime()).sort((a, b) => b - a))
    const back = await searchSignatures({ domain: 'many.example' }, { after: { at: third.rows[0]!.created_at, id: third.rows[0]!.id } })
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id))
    expect(back).toMatchObject({ newer: true, older: true })
    expect(await countSignatures({ domain: 'many.example' })).toEqual({ count: 2 * SEARCH_PAGE_SIZE + 5, capped: false })
  })
})

describe('trending', () => {
  it('ranks a petition’s domains and address hashes over the last hour and the last day', async () => {
    await insertSignatures(petition.id, 12, { domain: 'burst.example', ip: IP_B, at: minutesAgo(2) })
    const trending = await getTrending(petition.id)
    expect(trending.domains.hour).toEqual([
      { key: 'burst.example', count: 12 },
      { key: 'spd.example', count: 3 },
    ])
    expect(trending.domains.day).toEqual([
      { key: 'burst.example', count: 12 },
      { key: 'spd.example', count: 3 },
      { key: 'adav.example', count: 2 },
    ])
    expect(trending.ips.hour).toEqual([
      { key: IP_B, count: 12 },
      { key: IP_A, count: 3 },
    ])
    expect(trending.ips.day).toEqual([
      { key: IP_B, count: 14 },
      { key: IP_A, count: 3 },
    ])
    // Other petitions' signatures never show.
    expect((await getTrending(other.id)).domains.day.map((r) => r.key)).toEqual(['gmail.com', 'kings.example'])
  })

  it('shows at most ten of each', async () => {
    for (let i = 0; i < 12; i++) await insertSignatures(petition.id, 1, { domain: `d${i}.example` })
    expect((await getTrending(petition.id)).domains.hour).toHaveLength(10)
    expect(await db.signature.count({ where: { petitionId: petition.id } })).toBe(17)
  })
})
