import { expect, it } from 'vitest'
import { checkAdminValues, missingMessage, readAdminArgs } from '../../scripts/lib/admin-create-args'

it('takes flags first, then the environment, and lists what is missing', () => {
  expect(
    readAdminArgs(['--email', 'ada@example.org', '--name=Ada Admin'], { ADMIN_PASSWORD: 'from the environment', ADMIN_EMAIL: 'other@example.org' }),
  ).toEqual({
    values: { name: 'Ada Admin', email: 'ada@example.org', password: 'from the environment' },
    missing: [],
    help: false,
  })
  expect(readAdminArgs([], { ADMIN_NAME: '' })).toMatchObject({ values: {}, missing: ['name', 'email', 'password'] })
  expect(readAdminArgs(['-h'], {}).help).toBe(true)
})

it('refuses unknown flags and flags without a value', () => {
  expect(() => readAdminArgs(['--role', 'admin'], {})).toThrow(/--role/)
  expect(() => readAdminArgs(['--email'], {})).toThrow(/--email/)
})

it('tells a script exactly what to pass', () => {
  const message = missingMessage(['email', 'password'])
  expect(message).toMatch(/^Missing --email, --password\./)
  expect(message).toMatch(/ADMIN_EMAIL, ADMIN_PASSWORD/)
  expect(message).toMatch(/npm run admin:create -- --name/)
})

it('checks the values by the admin forms’ rules, naming the flag', () => {
  expect(checkAdminValues({ name: ' Ada ', email: 'ADA@example.org', password: 'long enough password' })).toEqual({
    ok: true,
    admin: { name: 'Ada', email: 'ada@example.org', password: 'long enough password' },
  })
  const bad = checkAdminValues({ name: 'Ada', email: 'not an email', password: 'short' })
  expect(bad).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/^--email \(ADMIN_EMAIL\): /), expect.stringMatching(/^--password \(ADMIN_PASSWORD\): Use at least 10/)],
  })
})
