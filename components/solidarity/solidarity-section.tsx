import { MessageForm } from '@/components/solidarity/message-form'
import { MessageList } from '@/components/solidarity/message-list'
import type { PublicMessage } from '@/lib/solidarity/queries'

// "Messages of solidarity" under a post, in place of open comments: approved messages, then the form.
export function SolidaritySection({ slug, messages }: { slug: string; messages: PublicMessage[] }) {
  return (
    <section id="solidarity" aria-labelledby="solidarity-heading" className="mt-10 border-t-4 border-accent pt-6">
      <h2 id="solidarity-heading" className="font-serif text-2xl font-bold">
        Messages of solidarity
      </h2>
      <div className="mt-3">
        <MessageList messages={messages} />
      </div>
      <details className="mt-6 rounded-xl border-2 border-accent/40 bg-white p-5" open={messages.length === 0}>
        <summary className="cursor-pointer text-lg font-bold">Send a message of solidarity</summary>
        <div className="mt-4">
          <MessageForm slug={slug} />
        </div>
      </details>
    </section>
  )
}
