import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { decodeFlash, FLASH_COOKIE } from '@/lib/http/flash'
import { ContactPage } from '../contact-page'

export const metadata: Metadata = { title: 'Contact', robots: { index: false } }

// Where a plain form post (no JavaScript) lands when the message did not go through: the form
// again with its messages and what was typed.
export default async function ContactAnswerPage() {
  const flash = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value)
  return <ContactPage initial={flash} />
}
