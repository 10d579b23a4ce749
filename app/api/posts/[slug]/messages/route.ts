import { db } from '@/lib/db/client'
import { handlePublicForm } from '@/lib/public-forms/submission'
import { paths } from '@/lib/paths'
import { leaveMessage } from '@/lib/solidarity/leave-message'
import { solidarityMessageRequestSchema } from '@/lib/validation/solidarity-message'
import { parseSlug } from '@/lib/validation/route-params'

export const dynamic = 'force-dynamic'

const NOT_FOUND = 'There is no published appeal at this address to leave a message under.'

// Public: a solidarity message under a post (the form under every post posts here).
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug)
  const post = slug ? await db.post.findFirst({ where: { slug, status: 'published' }, select: { slug: true } }) : null
  if (!post) return Response.json({ outcome: 'not-found', message: NOT_FOUND }, { status: 404 })
  const base = `${paths.post(post.slug)}/message`
  return handlePublicForm(request, {
    schema: solidarityMessageRequestSchema,
    formPath: base,
    thanksPath: `${base}/thanks`,
    messages: {
      accepted: 'Thank you! Now check your email: open the link we just sent you to confirm your message. A moderator reads it before it is shown.',
      already: 'You have already left a message under this appeal with this email address. Check your inbox if you haven’t confirmed it yet.',
      notFound: NOT_FOUND,
      unavailable: 'We couldn’t record your message just now. Please try again in a minute.',
    },
    save: (fields, meta) => leaveMessage(post.slug, fields, meta),
  })
}
