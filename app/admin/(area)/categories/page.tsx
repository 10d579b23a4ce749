import { CategoryForm } from '@/components/admin/category-form'
import { requirePermission } from '@/lib/auth/session'
import { listCategoriesWithCounts } from '@/lib/posts/categories'

export const metadata = { title: 'Categories' }

export default async function CategoriesPage() {
  await requirePermission('categories.write')
  const categories = await listCategoriesWithCounts()
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Categories</h1>
      <p className="text-muted">Categories appear in the site’s menu and each has its own archive page and feed.</p>
      <section className="space-y-3">
        <h2 className="text-lg font-bold">Add a category</h2>
        <CategoryForm category={null} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-bold">Existing categories</h2>
        {categories.map((c) => (
          <CategoryForm key={c.id} category={{ id: c.id, name: c.name, slug: c.slug, description: c.description, postCount: c._count.posts }} />
        ))}
      </section>
    </div>
  )
}
