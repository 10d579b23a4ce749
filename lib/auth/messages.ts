// The two refusals every admin action and admin route gives, in one place. A module of its own
// so code that runs outside a Next request (the export benchmark) can use them.
export const NOT_SIGNED_IN = 'Your session has ended. Sign in again, then repeat what you were doing.'
export const NOT_ALLOWED = 'Your role doesn’t allow this. Ask an admin if you need it.'
