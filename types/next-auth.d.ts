// The session version travels in Placard's JWT (see lib/auth/options.ts).
import 'next-auth/jwt'

declare module 'next-auth/jwt' {
  interface JWT {
    sv?: number
    /** Seconds since the epoch when the password was checked. */
    at?: number
  }
}
