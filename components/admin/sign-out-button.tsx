'use client'

import { useRouter } from 'next/navigation'
import { signOut } from 'next-auth/react'

// next-auth 4 would send the browser to its configured URL (localhost:3000 when NEXTAUTH_URL
// is unset); the sign-in page of the host in use is the right place.
export function SignOutButton() {
  const router = useRouter()
  async function leave() {
    await signOut({ redirect: false })
    router.replace('/admin/sign-in')
    router.refresh()
  }
  return (
    <button
      type="button"
      onClick={() => void leave()}
      className="min-h-9 rounded-md bg-white/15 px-3 font-semibold text-white ring-1 ring-white/40 hover:bg-white/25"
    >
      Sign out
    </button>
  )
}
