import { FormAnswer } from '@/components/site/form-answer'
import { HoneypotField } from '@/components/site/honeypot-field'
import { ProofOfWorkField } from '@/components/site/proof-of-work-field'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import type { FormFlash } from '@/lib/http/flash'
import { MESSAGE_MAX, MESSAGE_NOTICE } from '@/lib/validation/solidarity-message'

// The solidarity form under an appeal: plain HTML, posted to /api/posts/<slug>/messages. The post
// page is cached, so it shows the empty form; after a mistake the answer comes back on
// /posts/<slug>/message with the typed values (the flash cookie).
export function MessageForm({ slug, flash = null }: { slug: string; flash?: FormFlash | null }) {
  const values = flash?.values ?? {}
  const errors = flash?.fieldErrors ?? {}
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : '')
  const field = (name: string) => ({ id: `message-${name}`, name, error: errors[name] })
  return (
    <div className="space-y-4">
      <FormAnswer flash={flash} />
      <form method="post" action={`/api/posts/${slug}/messages`} noValidate className="space-y-4">
        <TextAreaField {...field('message')} label="Your message" required rows={4} maxLength={MESSAGE_MAX} defaultValue={text('message')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field('name')} label="Name" autoComplete="name" required maxLength={100} defaultValue={text('name')} />
          <TextField {...field('place')} label="Town or organisation" optional maxLength={150} defaultValue={text('place')} />
        </div>
        <TextField
          {...field('email')}
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          hint="Never shown. We send you a link to confirm it."
        />
        <HoneypotField id="message-website" />
        <ProofOfWorkField />
        <p className="text-sm text-muted">{MESSAGE_NOTICE}</p>
        <button type="submit" className="min-h-11 rounded-md bg-accent-dark px-5 font-semibold text-white hover:bg-accent">
          Send my message
        </button>
      </form>
    </div>
  )
}
