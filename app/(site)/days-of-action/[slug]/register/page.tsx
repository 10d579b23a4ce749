import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { RegisterForm } from '@/components/action-days/register-form'
import { formatDayDate, loadDayPage } from '@/lib/action-days/day-page'
import { registrationOpen } from '@/lib/action-days/window'
import { decodeFlash, FLASH_COOKIE } from '@/lib/http/flash'
import { paths } from '@/lib/paths'
import { parseSlug } from '@/lib/validation/route-params'

export const metadata: Metadata = { title: 'Register a protest', robots: { index: false } }

// The organiser's form. It reads the flash cookie of a refused post, so it is made per request.
export default async function RegisterProtestPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const page = slug ? await loadDayPage(slug) : null
  if (!page) notFound()
  const { day } = page
  const flash = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value)
  return (
    <section aria-labelledby="register-heading">
      <p className="text-xs font-bold tracking-widest text-accent-dark uppercase">Day of action · {formatDayDate(day.date)}</p>
      <h1 id="register-heading" className="mt-1 font-serif text-3xl font-bold">
        Register a protest
      </h1>
      <p className="mt-2">
        for{' '}
        <a href={paths.actionDay(day.slug)} className="underline">
          {day.title}
        </a>
        . A moderator looks at every protest before it is listed.
      </p>
      {registrationOpen(day.date) ? (
        <RegisterForm slug={day.slug} dayDate={day.date.toISOString().slice(0, 10)} flash={flash} />
      ) : (
        <p className="mt-6 rounded-md border border-line bg-white p-4 font-medium">This day of action is over: protests can no longer be registered for it.</p>
      )}
    </section>
  )
}
