import { TextField } from '@/components/ui/text-field'
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-rules'

// A new password and the same again, with the length rule said up front. Used when setting a
// password from a link and when changing one's own.
export function NewPasswordFields({ idPrefix, errors }: { idPrefix: string; errors: Record<string, string | undefined> }) {
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        error={errors.password}
      />
      <TextField
        id={`${idPrefix}-repeat`}
        name="repeat"
        type="password"
        label="The same password again"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        error={errors.repeat}
      />
    </>
  )
}
