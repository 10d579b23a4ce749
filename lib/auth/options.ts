import 'server-only'
import type { AuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { signInWithPassword } from '@/lib/auth/sign-in'
import { sessionCookieName } from '@/lib/auth/session-cookie'
import { parseEnv } from '@/lib/env'
import { CLIENT_IP_HEADER, hashIp, trustedClientIp } from '@/lib/http/client-ip'
import { derivedKey } from '@/lib/secrets'
import { site } from '@/lib/site'

// next-auth with email + password and JWT sessions. The token carries only the user's id and
// session version; the role and the account's state are read from the database on every
// request (lib/auth/session.ts), so a role change or a disabled account applies at once.

export function sessionSecret() {
  return derivedKey('session')
}

export function authOptions(): AuthOptions {
  const secure = site.url.startsWith('https:')
  return {
    secret: sessionSecret(),
    session: { strategy: 'jwt', maxAge: parseEnv().SESSION_HOURS * 3600 },
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: sessionCookieName(site.url), options: { httpOnly: true, sameSite: 'lax', path: '/', secure } },
    },
    pages: { signIn: '/admin/sign-in', error: '/admin/sign-in' },
    logger: {
      // Placard leaves NEXTAUTH_URL unset and never follows next-auth's redirect URLs (which
      // then default to localhost:3000): sign-in and sign-out run with redirect: false and go
      // to /admin pages of the host in use, right for `PORT=3001 npm start` and behind a proxy.
      warn: (code) => {
        if (code !== 'NEXTAUTH_URL') console.warn(`[next-auth] ${code}`)
      },
      error: (code, metadata) => console.error(`[next-auth] ${code}`, metadata),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, request) {
          const ip = trustedClientIp(request?.headers?.[CLIENT_IP_HEADER])
          const result = await signInWithPassword(credentials, hashIp(ip))
          // next-auth hands a thrown message to the sign-in form as the error to show.
          if (!result.ok) throw new Error(result.message)
          return { id: result.user.id, sessionVersion: result.user.sessionVersion }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0
          // When the password was checked: next-auth renews exp on every use, this stays, so a
          // session ends SESSION_HOURS after sign-in however busy it is (lib/auth/session.ts).
          token.at = Math.floor(Date.now() / 1000)
        }
        return { sub: token.sub, sv: token.sv, at: token.at, iat: token.iat, exp: token.exp, jti: token.jti }
      },
      async session({ session }) {
        // Nothing personal is handed to the browser's session endpoint.
        return { expires: session.expires }
      },
    },
  }
}
