import { PostMeta } from '@/components/site/post-meta'
import { counted } from '@/lib/format'
import { responsiveImageProps } from '@/lib/media/responsive'
import { paths } from '@/lib/paths'
import type { PostCard as PostCardData } from '@/lib/posts/types'

export function PostCard({ post, headingLevel = 2 }: { post: PostCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="border-b border-line py-7 first:pt-0 last:border-b-0">
      <Heading className="font-serif text-2xl leading-snug font-bold sm:text-[1.75rem]">
        <a href={paths.post(post.slug)} className="text-ink hover:text-accent-dark hover:underline">
          {post.title}
        </a>
      </Heading>
      <div className="mt-2">
        <PostMeta post={post} />
      </div>
      {post.image ? (
        // Uploads come in several sizes already (lib/media); demo images are small SVGs. So
        // next/image's optimiser is not needed.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={post.image.url}
          {...responsiveImageProps(post.image.url)}
          alt={post.image.alt}
          width={1200}
          height={630}
          loading="lazy"
          decoding="async"
          className="mt-4 aspect-[1200/630] w-full rounded-md bg-line object-cover"
        />
      ) : null}
      <p className="mt-3 text-lg leading-relaxed">{post.excerpt}</p>
      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1">
        <a href={paths.post(post.slug)} className="font-semibold text-accent-dark underline underline-offset-2">
          Continue reading…<span className="sr-only"> {post.title}</span>
        </a>
        {post.messageCount ? (
          <a href={`${paths.post(post.slug)}#solidarity`} className="text-muted underline underline-offset-2" data-message-count={post.messageCount}>
            {counted(post.messageCount, 'message')} of solidarity<span className="sr-only"> under {post.title}</span>
          </a>
        ) : null}
      </p>
    </article>
  )
}
