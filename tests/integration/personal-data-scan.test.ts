import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { resendConfirmation } from '@/lib/signatures/confirm'
import { insertSignatures } from '../support/signatures'
import { makeUser } from '../support/admin-session'
import { unique } from '../support/factories'
import { makePetition } from '../support/signing'
import pino from 'pino'
import { blankSensitive } from '@/lib/log/sensitive'
import { describeFindings, ipAddressesIn, scanDatabase, scanLogs } from '../support/personal-data-scan'

const SECRET = 'f3a9c2e17b4d4e0a9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d'
const TOKEN = '0b7c9d2e-3f4a-4b5c-8d6e-7f8091a2b3c4.1764620000.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE'
const SESSION_JWT = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..q1w2e3r4t5y6u7i8.o9p0a1s2d3f4g5h6j7k8l9.z1x2c3v4b5n6m7q8'

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
    const line = (fields: object) => JSON.stringify({ level: 'info', time: '2026-12-01T20:41:05.120Z', pid: 4242, component: 'web', ...fields })
    writeFileSync(
      logFile,
      [
        '▲ Placard ready on http://localhost:3100',
        `[placard] signing failed for ${leakedEmail} from 203.0.113.42`,
        `[placard] password link sent to ${staffEmail}`,
        'GET /petitions/x 200 client=[2001:db8::7]:443',
        // The JSON lines of scripts/serve.ts and the worker: clean ones, then one leak of each kind.
        line({
          reqId: 'b1f0c2d4-6f7e-4a1b-9c3d-0e5f6a7b8c9d',
          method: 'GET',
          route: '/petitions/x',
          status: 200,
          ms: 3.1,
          cache: 'hit',
          msg: 'GET /petitions/x 200',
        }),
        line({ kind: 'signature-confirmation', jobId: '17', outcome: 'done', attempts: 1, ms: 41, batch: 3, msg: 'job signature-confirmation 17 done' }),
        line({ reqId: 'x', route: '/api/petitions/x/signatures', status: 503, msg: 'sign failed', remote: '::ffff:198.51.100.23' }),
        line({ kind: 'signature-confirmation', jobId: '18', outcome: 'retry', error: `550 mailbox unavailable <${leakedEmail}>` }),
        line({ msg: 'confirm failed', url: `/signatures/confirm?token=${TOKEN}` }),
        line({ msg: 'request', headers: { cookie: `next-auth.session-token=${SESSION_JWT}` } }),
        line({ msg: 'settings', env: { PLACARD_SECRET: SECRET } }),
        line({ msg: 'invitation email written to the outbox; link: http://127.0.0.1:3164/admin/set-password/BOQG9B_ko6iqb_-284KIJeQpORk_kBR3NwkLU9NKzKc' }),
        // What the logger makes of such lines passes.
        line({ msg: 'invitation email for [email] written to the outbox; link: http://127.0.0.1:3164/admin/set-password/[token]' }),
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

  it('names each leaking log line by file and line number, JSON lines included, and never repeats the secret', () => {
    const findings = scanLogs([logFile], [SECRET])
    expect(findings.map((f) => `${f.where} ${f.found}`)).toEqual([
      `${logFile}:2 IP address 203.0.113.42`,
      `${logFile}:2 email address ${leakedEmail}`,
      // Staff addresses too: a log line is no place for anyone's.
      `${logFile}:3 email address ${staffEmail}`,
      `${logFile}:4 IP address 2001:db8::7`,
      `${logFile}:7 IP address 198.51.100.23`,
      `${logFile}:7 IP address ::ffff:198.51.100.23`,
      `${logFile}:8 email address ${leakedEmail}`,
      `${logFile}:9 a link token`,
      `${logFile}:10 a session cookie`,
      `${logFile}:11 the server secret`,
      `${logFile}:12 a link token`,
    ])
    expect(describeFindings(findings)).not.toContain(SECRET)
  })

  it('finds nothing in what the logger writes, however much of it a line was given', () => {
    const out: string[] = []
    const log = pino({ hooks: { streamWrite: (l) => blankSensitive(l, [SECRET]) } }, { write: (l: string) => void out.push(l) })
    log.error(
      {
        err: new Error(`duplicate key (petition, email)=(7, ${leakedEmail})`),
        ip: '203.0.113.42',
        secret: SECRET,
        link: 'https://x.org/admin/set-password/BOQG9B_ko6iqb_-284KIJeQpORk_kBR3NwkLU9NKzKc',
      },
      `confirm ${TOKEN} ${SESSION_JWT} /signatures/withdraw?token=abcdefghijklmnopqrstuvwxyz`,
    )
    const cleanFile = path.join(path.dirname(logFile), 'clean.log')
    writeFileSync(cleanFile, out.join(''))
    expect(scanLogs([cleanFile], [SECRET])).toEqual([])
    expect(out.join('')).toMatch(/\[email\].*\[ip\]|\[ip\].*\[email\]/s)
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
