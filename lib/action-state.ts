// What every admin action answers, the same shape as the public sign form's answers, so form
// components (components/ui) show both the same way. No server imports: forms use it too.

export type ActionState<Result = never> =
  | {
      ok: true
      message?: string
      id?: string
      savedAt?: string
      /** What the form shows of the saved record (e.g. its status). */ data?: Record<string, string | null>
      /** What an action that finds something found (the subject-access search). */
      result?: Result
    }
  | { ok: false; message: string; fieldErrors?: Record<string, string> }
