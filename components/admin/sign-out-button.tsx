'use client'

import { signOut } from 'next-auth/react'

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: '/admin/sign-in' })}
      className="min-h-9 rounded-md bg-white/15 px-3 font-semibold text-white ring-1 ring-white/40 hover:bg-white/25"
    >
      Sign out
    </button>
  )
}
