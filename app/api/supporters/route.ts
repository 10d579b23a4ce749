import { handlePublicForm } from '@/lib/public-forms/submission'
import { joinSupporters } from '@/lib/supporters/join'
import { supporterRequestSchema } from '@/lib/validation/supporter'

export const dynamic = 'force-dynamic'

// Public: anyone may add their name (the join form at /supporters/join posts here).
export async function POST(request: Request) {
  return handlePublicForm(request, {
    schema: supporterRequestSchema,
    formPath: '/supporters/join',
    thanksPath: '/supporters/done/thanks',
    messages: {
      accepted: 'Thank you! Now check your email: open the link we just sent you to confirm your entry. A moderator checks it before it is listed.',
      already: 'This email address is already on the list, or waiting for its confirmation: check your inbox for our email. Each address adds one entry.',
      notFound: 'The list of supporters is not open.',
      unavailable: 'We couldn’t record your entry just now. Please try again in a minute.',
    },
    save: joinSupporters,
  })
}
