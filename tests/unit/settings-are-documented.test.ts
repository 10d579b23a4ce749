import { readFileSync } from 'node:fs'
import { parseEnv as parseDotenv } from 'node:util'
import { expect, it } from 'vitest'
import { parseEnv, SETTING_NAMES } from '@/lib/env'

// An operator learns the settings from .env.example and the README's table. Both must list
// exactly what the code reads: a setting added to lib/env.ts without a line there, or a line
// left behind for a setting that is gone, fails here.

/** Read outside lib/env.ts (before it, by Next.js itself, or by the tests), each where it is read. */
const READ_ELSEWHERE: Record<string, string> = {
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'scripts/lib/secret.ts',
  PLACARD_ENV_FILE: 'scripts/lib/load-env-file.ts',
  CHROMIUM_PATH: 'tests/e2e/support/browser.ts',
}

const example = readFileSync('.env.example', 'utf8')
/** `# NAME=value` lines, uncommented: what an operator gets by uncommenting them all. */
const exampleValues = parseDotenv(
  example
    .split('\n')
    .filter((line) => /^# [A-Z][A-Z0-9_]*=/.test(line))
    .map((line) => line.slice(2))
    .join('\n'),
)
const readme = readFileSync('README.md', 'utf8')
const settingsSection = readme.slice(readme.indexOf('\n## Environment variables'), readme.indexOf('\n## ', readme.indexOf('\n## Environment variables') + 1))
const readmeNames = [...settingsSection.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!)

it('the settings read outside lib/env.ts are really read where this test says', () => {
  for (const [name, file] of Object.entries(READ_ELSEWHERE)) expect(readFileSync(file, 'utf8'), `${name} in ${file}`).toContain(name)
})

it('.env.example has a line for every setting and none for a setting the code does not read', () => {
  const names = Object.keys(exampleValues)
  for (const name of SETTING_NAMES) expect(names, `${name} is missing from .env.example`).toContain(name)
  for (const name of names) expect([...SETTING_NAMES, ...Object.keys(READ_ELSEWHERE)], `.env.example lists ${name}, which nothing reads`).toContain(name)
})

it('the README’s settings table has a row for every setting and none for a setting the code does not read', () => {
  expect(readmeNames.length).toBeGreaterThan(10)
  for (const name of [...SETTING_NAMES, ...Object.keys(READ_ELSEWHERE)]) expect(readmeNames, `${name} is missing from the README’s table`).toContain(name)
  for (const name of readmeNames) expect([...SETTING_NAMES, ...Object.keys(READ_ELSEWHERE)], `the README lists ${name}, which nothing reads`).toContain(name)
})

it('every line of .env.example is a valid value, and uncommenting a default changes nothing', () => {
  const defaults = parseEnv({})
  const uncommented = parseEnv(exampleValues)
  for (const [name, value] of Object.entries(defaults)) {
    if (value !== undefined) expect(uncommented[name as keyof typeof defaults], `${name} in .env.example is not its default`).toEqual(value)
  }
})
