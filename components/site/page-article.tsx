import { PostBody } from '@/components/site/post-body'

// A standalone page as readers see it; the public route and the editor's preview share it.
export function PageArticle({ page }: { page: { title: string; bodyHtml: string } }) {
  return (
    <article>
      <header className="border-b-4 border-accent pb-5">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{page.title}</h1>
      </header>
      <PostBody html={page.bodyHtml} />
    </article>
  )
}
