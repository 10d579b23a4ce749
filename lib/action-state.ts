// What every admin action answers, the same shape as the public sign form's answers, so form
// components (components/ui) show both the same way. No server imports: forms use it too.

export type ActionState = { ok: true; message?: string; id?: string; savedAt?: string } | { ok: false; message: string; fieldErrors?: Record<string, string> }
