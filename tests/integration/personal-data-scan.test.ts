import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { resendConfirmation } from '@/lib/signatures/confirm'
import { insertSignatures } from '../support/signatures'
import { makeUser } from '../support/admin-session'
import { unique } from '../support/factories'
import { makePetition } from '../support/signing'
import { ipAddressesIn, scanDatabase, scanLogs } from '../support/personal-data-scan'

// The scan that runs after the end-to-end suite (tests/e2e/support/global-teardown.ts) must be
// able to fail: leaks planted here, in a log line and in columns that must not hold them, are
// found and named; what may be there (a signer's own row, staff addresses, the site's own URL)
// is not.

describe('finding IP addresses in text', () => {
  it.each([
    ['client 203.0.113.7 signed', '203.0.113.7'],
    ['from 127.0.0.1 at noon', '127.0.0.1'],
    ['remote=::1 port=51234', '::1'],
    ['remote=[::1]:51234', '::1'],
    ['mapped ::ffff:198.51.100.23 here', '::ffff:198.51.100.23'],
    ['v6 2001:db8:85a3::8a2e:370:7334 here', '2001:db8:85a3::8a2e:370:7334'],
    ['x-forwarded-for: 10.1.2.3, 192.0.2.1', '10.1.2.3'],
  ])('finds it in %j', (text, ip) => {
    expect(ipAddressesIn(text)).toContain(ip)
  })

  it.each([
    '2026-12-01T18:05:51.123Z took 12:30:05',
    '▲ Placard ready on http://127.0.0.1:3100 and postgresql://placard:pw@127.0.0.1:5497/placard',
    'sha 3f:a9 version 16.4.6 chrome 143.0.7499.40 listening on 0.0.0.0',
    'Error: x at Foo::bar (node:internal/process:12:34)',
  ])('finds none in %j', (text) => {
    expect(ipAddressesIn(text)).toEqual([])
  })
})

describe('scanning a database and logs', () => {
  const marker = unique('leak').toLowerCase()
  const leakedEmail = `${marker}@example.org`
  let staffEmail: string
  let logFile: string

  beforeAll(async () => {
    const staff = await makeUser('editor')
    staffEmail = staff.email
    const petition = await makePetition()
    // Allowed: a signer's own, not anonymised row.
    await insertSignatures(petition.id, 1, { email: `${marker}-own@example.org` })
    // Not allowed: an anonymised row that still holds the address, a signer's address in the
    // audit log, and a raw IP where only its hash belongs.
    const [anonymised] = await insertSignatures(petition.id, 1, { email: `${marker}-anon@example.org` })
    await db.signature.update({ where: { id: anonymised }, data: { anonymisedAt: new Date() } })
    await db.auditEntry.create({ data: { actorLabel: staffEmail, action: 'test.leak', summary: `approved ${leakedEmail} by ${staffEmail}` } })
    await db.auditEntry.create({ data: { actorLabel: staffEmail, action: 'test.leak', summary: marker, ipHash: '::ffff:203.0.113.99' } })

    logFile = path.join(mkdtempSync(path.join(tmpdir(), 'placard-scan-')), 'server.log')
    writeFileSync(
      logFile,
      [
        '▲ Placard ready on http://localhost:3100',
        `[placard] signing failed for ${leakedEmail} from 203.0.113.42`,
        `[placard] password link sent to ${staffEmail}`,
        'GET /petitions/x 200 client=[2001:db8::7]:443',
      ].join('\n'),
    )
  })

  it('names each leak in the database by table.column, and nothing that may be there', async () => {
    const planted = (f: { excerpt: string }) => f.excerpt.includes(marker) || f.excerpt.includes('203.0.113.99')
    const mine = (await scanDatabase(process.env.DATABASE_URL!)).findings.filter(planted)
    const described = mine.map((f) => `${f.where} ${f.found}`)
    expect(described).toContain(`signatures.email email address ${marker}-anon@example.org`)
    expect(described).toContain(`signatures.email_canonical email address ${marker}-anon@example.org`)
    expect(described).toContain(`audit_log.summary email address ${leakedEmail}`)
    expect(described).toContain('audit_log.ip_hash IP address ::ffff:203.0.113.99')
    expect(described.some((d) => d.includes(`${marker}-own@`))).toBe(false)
    expect(described.some((d) => d.includes(staffEmail))).toBe(false)
  })

  it('names each leaking log line by file and line number', () => {
    const found = scanLogs([logFile], [staffEmail]).map((f) => `${f.where} ${f.found}`)
    expect(found).toEqual([`${logFile}:2 IP address 203.0.113.42`, `${logFile}:2 email address ${leakedEmail}`, `${logFile}:4 IP address 2001:db8::7`])
  })

  it('finds no address in the counters after a signer asks for the confirmation again (a leak the e2e scan found)', async () => {
    const petition = await makePetition()
    const email = `${marker}-resend@example.org`
    await insertSignatures(petition.id, 1, { email })
    await resendConfirmation(petition.slug, email)
    expect(await db.rateLimit.count({ where: { key: { startsWith: `resend:${petition.slug}:` } } })).toBe(1)
    const { findings } = await scanDatabase(process.env.DATABASE_URL!)
    expect(findings.filter((f) => f.where.startsWith('rate_limits.'))).toEqual([])
  })

  it('counts a missing log as a finding (a scan of nothing proves nothing)', () => {
    expect(scanLogs([`${logFile}.missing`], [])).toHaveLength(1)
  })
})
