import 'server-only'
import type { z } from 'zod'
import type { ActionState } from '@/lib/action-state'
import { recordAudit, type AuditEvent } from '@/lib/audit/record'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/messages'
import { can, type Permission } from '@/lib/auth/permissions'
import { getCurrentUser, requesterIpHash, type CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db/client'
import { fieldErrors, toActionState } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { checkHiddenCharacters } from '@/lib/validation/hidden-characters'

// The one shape of every admin server action: session → permission → no hidden characters → zod parse → the change
// and its audit row in one transaction → an ActionState. Every exported action is a public
// HTTP endpoint, so none may skip a step; building them all here makes that impossible.

export type ActionContext = {
  user: CurrentUser
  tx: Prisma.TransactionClient
  /** Records the change in the audit log, inside the same transaction. */
  audit: (event: AuditEvent) => Promise<void>
  /** The requester's address as a keyed hash (for the sign-in limits). */
  ipHash: string | null
  /** Work outside the database (removing files) that must happen only once the change is committed. */
  afterCommit: (work: () => Promise<void>) => void
}

export type AdminAction<Result = never> = ((previous: ActionState<Result> | null, form: FormData) => Promise<ActionState<Result>>) & {
  permission: Permission
}

export { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/messages'

/** FormData as a plain object; a name ending in [] (a group of checkboxes) becomes a list. */
export function formToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue
    const values = form.getAll(key)
    if (key.endsWith('[]')) result[key.slice(0, -2)] = values
    else result[key] = values[values.length - 1]
  }
  return result
}

export function adminAction<S extends z.ZodType, Result = never>(
  permission: Permission,
  schema: S,
  work: (input: z.infer<S>, context: ActionContext) => Promise<ActionState<Result> | void>,
  options: { name: string; timeout?: number } = { name: 'admin action' },
): AdminAction<Result> {
  const action = async (_previous: ActionState<Result> | null, form: FormData): Promise<ActionState<Result>> => {
    const user = await getCurrentUser()
    if (!user) return { ok: false, message: NOT_SIGNED_IN }
    if (!can(user, permission)) return { ok: false, message: NOT_ALLOWED }
    const { fields, errors } = checkHiddenCharacters(form instanceof FormData ? formToObject(form) : {})
    if (errors) return { ok: false, message: 'Please correct the marked fields.', fieldErrors: errors }
    const parsed = schema.safeParse(fields)
    if (!parsed.success) return fieldErrors(parsed.error)
    const ipHash = await requesterIpHash()
    // redirect() works by throwing; it must not roll the change back, so it is held until the
    // transaction has committed and thrown again after.
    let navigation: unknown = null
    const committed: (() => Promise<void>)[] = []
    try {
      const result = await db.$transaction(
        async (tx) => {
          try {
            const audit = (event: AuditEvent) => recordAudit(tx, { id: user.id, label: user.email }, event, ipHash)
            return await work(parsed.data, { user, tx, audit, ipHash, afterCommit: (fn) => committed.push(fn) })
          } catch (error) {
            if (!isNavigation(error)) throw error
            navigation = error
          }
        },
        options.timeout ? { timeout: options.timeout, maxWait: 10_000 } : undefined,
      )
      for (const fn of committed) await fn().catch((error: unknown) => console.error(`[placard] ${options.name}: cleanup after commit failed:`, error))
      if (navigation) throw navigation
      return result ?? { ok: true }
    } catch (error) {
      if (isNavigation(error)) throw error
      return toActionState(error, options.name)
    }
  }
  return Object.assign(action, { permission })
}

/**
 * For a user's own account (name, password): any signed-in, enabled user, whatever their role.
 * 'admin.enter' is the permission every role has, so this is adminAction with nothing more to ask.
 */
export function accountAction<S extends z.ZodType>(
  schema: S,
  work: (input: z.infer<S>, context: ActionContext) => Promise<ActionState | void>,
  options: { name: string } = { name: 'account action' },
): AdminAction {
  return adminAction('admin.enter', schema, work, options)
}

/** redirect() and notFound() work by throwing; they must pass through. */
function isNavigation(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR'))
}
