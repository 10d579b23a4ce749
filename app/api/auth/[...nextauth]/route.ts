import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth/options'

// next-auth's own endpoints: CSRF token, credentials callback, sign-out. The admin area never
// trusts this alone: every page and action re-checks the user (lib/auth/session.ts).
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context)
}

export { handler as GET, handler as POST }
