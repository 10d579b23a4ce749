import { flashFields, PublicForm } from '@/components/site/public-form'
import { TextAreaField } from '@/components/ui/text-area-field'
import { TextField } from '@/components/ui/text-field'
import type { FormFlash } from '@/lib/http/flash'
import { MESSAGE_MAX, MESSAGE_NOTICE } from '@/lib/validation/solidarity-message'

// The solidarity form under an appeal, posted to /api/posts/<slug>/messages. The post page is
// cached, so it shows the empty form; after a mistake the answer comes back on
// /posts/<slug>/message with the typed values (the flash cookie).
export function MessageForm({ slug, flash = null }: { slug: string; flash?: FormFlash | null }) {
  const { text, field } = flashFields(flash, 'message')
  return (
    <PublicForm flash={flash} action={`/api/posts/${slug}/messages`} idPrefix="message" notice={MESSAGE_NOTICE} submitLabel="Send my message">
      <TextAreaField {...field('message')} label="Your message" required rows={4} maxLength={MESSAGE_MAX} defaultValue={text('message')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field('name')} label="Name" autoComplete="name" required maxLength={100} defaultValue={text('name')} />
        <TextField {...field('place')} label="Town or organisation" optional maxLength={150} defaultValue={text('place')} />
      </div>
    </PublicForm>
  )
}
