import { PostEditor } from '@/components/admin/post-editor'
import { can } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session'
import { getEditorChoices } from '@/lib/posts/admin-queries'

export const metadata = { title: 'New post' }

export default async function NewPostPage() {
  const user = await requirePermission('posts.write')
  const choices = await getEditorChoices()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New post</h1>
      <PostEditor post={null} choices={choices} canChooseAuthor={can(user, 'posts.write-as-others')} currentUserId={user.id} />
    </div>
  )
}
