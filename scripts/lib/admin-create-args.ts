import { parseArgs } from 'node:util'
import { z } from 'zod'
import { emailSchema, newPasswordSchema, personNameSchema } from '@/lib/validation/account'

// `npm run admin:create` takes its values from flags, then the environment; on a terminal it
// asks for whatever is still missing. No server imports: unit-tested directly.

export const FIELDS = ['name', 'email', 'password'] as const
export type Field = (typeof FIELDS)[number]

export const ENV_NAMES: Record<Field, string> = { name: 'ADMIN_NAME', email: 'ADMIN_EMAIL', password: 'ADMIN_PASSWORD' }

export const fieldSchemas: Record<Field, z.ZodType<string>> = { name: personNameSchema, email: emailSchema, password: newPasswordSchema }

export type AdminArgs = { values: Partial<Record<Field, string>>; missing: Field[]; help: boolean }

/** Throws a readable Error for an unknown flag or a flag without its value. */
export function readAdminArgs(argv: string[], env: Record<string, string | undefined>): AdminArgs {
  const { values: flags } = parseArgs({
    args: argv,
    options: { name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  })
  const values: Partial<Record<Field, string>> = {}
  for (const field of FIELDS) {
    const value = flags[field] ?? env[ENV_NAMES[field]]
    if (value !== undefined && value !== '') values[field] = value
  }
  return { values, missing: FIELDS.filter((f) => values[f] === undefined), help: flags.help === true }
}

export const USAGE = `Creates an admin who can sign in to the admin area.

  npm run admin:create
      asks for the name, email address and password (the password isn't shown)

  npm run admin:create -- --name "Ada Admin" --email ada@example.org --password "…"
  ADMIN_NAME="Ada Admin" ADMIN_EMAIL=ada@example.org ADMIN_PASSWORD="…" npm run admin:create
      for scripts; the environment keeps the password out of the process list

Uses DATABASE_URL when set, otherwise the embedded database in PLACARD_DATA_DIR (.data).`

/** What to tell a script (no terminal to ask on) that left values out. */
export function missingMessage(missing: Field[]): string {
  const flags = missing.map((f) => `--${f}`).join(', ')
  const envs = missing.map((f) => ENV_NAMES[f]).join(', ')
  return `Missing ${flags}. There is no terminal to ask on, so pass ${missing.length > 1 ? 'them' : 'it'} as flags after \`--\` or set ${envs}:\n\n${USAGE}`
}

/** Each value checked by the same rules as the admin forms; the messages name the flag. */
export function checkAdminValues(values: Partial<Record<Field, string>>): { ok: true; admin: Record<Field, string> } | { ok: false; problems: string[] } {
  const admin: Partial<Record<Field, string>> = {}
  const problems: string[] = []
  for (const field of FIELDS) {
    const parsed = fieldSchemas[field].safeParse(values[field])
    if (parsed.success) admin[field] = parsed.data
    else problems.push(`--${field} (${ENV_NAMES[field]}): ${parsed.error.issues[0]?.message ?? 'not valid'}`)
  }
  return problems.length ? { ok: false, problems } : { ok: true, admin: admin as Record<Field, string> }
}
