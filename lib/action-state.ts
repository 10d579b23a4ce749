// What every admin action answers, the same shape as the public sign form's answers, so form
// components (components/ui) show both the same way. No server imports: forms use it too.

export type ActionState =
  | {
      ok: true
      message?: string
      id?: string
      savedAt?: string
      /** What the form shows of the saved record (e.g. its status). */ data?: Record<string, string | null>
    }
  | { ok: false; message: string; fieldErrors?: Record<string, string> }
