'use server'

import { redirect } from 'next/navigation'
import { adminAction } from '@/lib/auth/admin-action'
import { deletePost, savePost } from '@/lib/posts/editing'
import { postEditorSchema, postIdSchema } from '@/lib/validation/post-editor'

// The post editor's server actions. Each is built by adminAction, which checks the session and
// the permission, parses the form and writes the audit row in the change's own transaction.

const SAVED_MESSAGES = {
  save: 'Saved.',
  autosave: 'Draft saved automatically.',
  publish: 'Published. Readers see it now.',
  schedule: 'Scheduled. It will appear on the site at the time you picked.',
  unpublish: 'Unpublished. The post is a draft again and readers no longer see it.',
} as const

export const savePostAction = adminAction(
  'posts.write',
  postEditorSchema,
  async (input, ctx) => {
    const saved = await savePost(input, ctx)
    return {
      ok: true,
      id: saved.id,
      savedAt: saved.updatedAt.toISOString(),
      message: SAVED_MESSAGES[input.intent],
      data: { status: saved.status, slug: saved.slug, publishedAt: saved.publishedAt?.toISOString() ?? null },
    }
  },
  { name: 'save post' },
)

export const deletePostAction = adminAction(
  'posts.write',
  postIdSchema,
  async ({ id }, ctx) => {
    await deletePost(id, ctx)
    redirect('/admin/posts?deleted=1')
  },
  { name: 'delete post' },
)
