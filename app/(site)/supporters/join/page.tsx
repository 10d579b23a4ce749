import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { SupporterForm } from '@/components/supporters/supporter-form'
import { decodeFlash, FLASH_COOKIE, type FormFlash } from '@/lib/http/flash'

export const metadata: Metadata = { title: 'Add your name as a sponsor or supporter', alternates: { canonical: '/supporters/join' } }

// The join form. It reads the flash cookie a plain form post comes back with, so it is rendered
// per request; it holds no data of its own.
export default async function JoinSupportersPage() {
  const flash = decodeFlash<FormFlash>((await cookies()).get(FLASH_COOKIE)?.value)
  return (
    <section aria-labelledby="join-heading" className="max-w-2xl">
      <h1 id="join-heading" className="border-b-4 border-accent pb-3 text-3xl font-extrabold tracking-tight">
        Add your name
      </h1>
      <p className="mt-4 text-lg">
        Trade unionists, socialists, organisations and everyone who stands with the jailed workers: add your name to the campaign’s sponsors and supporters. It
        is free and takes a minute.
      </p>
      <p className="mt-2">
        <a href="/supporters" className="underline">
          See who has signed up
        </a>
      </p>
      <div className="mt-6 rounded-xl border-2 border-accent/40 bg-white p-5">
        <SupporterForm flash={flash} />
      </div>
    </section>
  )
}
