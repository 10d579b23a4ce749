'use server'

import type { ActionState } from '@/lib/action-state'
import { consumePasswordLink, LINK_UNUSABLE } from '@/lib/auth/password-links'
import { requesterIpHash } from '@/lib/auth/session'
import { fieldErrors, toActionState } from '@/lib/errors'
import { passwordLinkTokenSchema, setPasswordSchema } from '@/lib/validation/users'

// Choosing a password through an emailed link. Deliberately public (the person isn't signed in
// yet): the link's token is what authorises the change, checked and spent in
// lib/auth/password-links.ts. Not named actions.ts because every actions.ts under app/admin must
// be built with adminAction (tests/integration/admin-refuses-strangers.test.ts checks that).

export async function setPasswordWithLink(_previous: ActionState | null, form: FormData): Promise<ActionState> {
  const values = { token: form.get('token'), password: form.get('password'), repeat: form.get('repeat') }
  if (!passwordLinkTokenSchema.safeParse(values.token).success) return { ok: false, message: LINK_UNUSABLE }
  const parsed = setPasswordSchema.safeParse(values)
  if (!parsed.success) return fieldErrors(parsed.error)
  try {
    const result = await consumePasswordLink(parsed.data.token, parsed.data.password, await requesterIpHash())
    if (!result.ok) return result
    return { ok: true, message: `Your password is set. You can now sign in with ${result.email} and your new password.` }
  } catch (error) {
    return toActionState(error, 'set password with link')
  }
}
