import type { ReactNode } from 'react'
import { LeadImage } from '@/components/site/lead-image'
import { PostBody } from '@/components/site/post-body'
import { PostMeta } from '@/components/site/post-meta'
import type { PostDetail } from '@/lib/posts/types'

// A post as readers see it: title, byline, featured image, text and source. The public post
// page and the editor's preview both render this, so the preview is exactly the real thing.
export function PostArticle({ post, children }: { post: PostDetail; children?: ReactNode }) {
  return (
    <article>
      <header className="border-b-4 border-accent pb-5">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{post.title}</h1>
        <div className="mt-3">
          <PostMeta post={post} />
        </div>
      </header>
      {post.image ? (
        <LeadImage
          url={post.image.url}
          alt={post.image.alt}
          caption={
            post.image.caption || post.image.credit ? (
              <>
                {post.image.caption}
                {post.image.credit ? <span className="block">{post.image.credit}</span> : null}
              </>
            ) : null
          }
        />
      ) : null}
      <PostBody html={post.bodyHtml} leadImage={!post.image} />
      {post.source ? (
        <p className="mt-8 border-t border-line pt-4 text-sm text-muted">
          Source:{' '}
          {post.source.url ? (
            <a href={post.source.url} rel="noopener noreferrer nofollow" className="underline">
              {post.source.name}
            </a>
          ) : (
            post.source.name
          )}
        </p>
      ) : null}
      {children}
    </article>
  )
}
