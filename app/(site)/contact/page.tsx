import type { Metadata } from 'next'
import { ContactPage } from './contact-page'

export const metadata: Metadata = { title: 'Contact', alternates: { canonical: '/contact' } }
export const revalidate = 60

export default function Contact() {
  return <ContactPage />
}
