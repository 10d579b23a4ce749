import { expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'

it('fills in defaults and explains bad settings', () => {
  expect(parseEnv({})).toMatchObject({ PORT: 3000, SITE_URL: 'http://localhost:3000', EMBEDDED_PG_PORT: 5488, PLACARD_DATA_DIR: '.data' })
  expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/)
  expect(() => parseEnv({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/)
})
