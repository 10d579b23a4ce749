import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/site/json-ld'
import { PostMeta } from '@/components/site/post-meta'
import { PostBody } from '@/components/site/post-body'
import { PostNeighbours } from '@/components/site/post-neighbours'
import { RelatedPosts } from '@/components/site/related-posts'
import { ShareLinks } from '@/components/site/share-links'
import { loadPostPage } from '@/lib/posts/post-page'
import { absoluteUrl, paths, site } from '@/lib/site'
import { parseSlug } from '@/lib/validation/route-params'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? loadPostPage(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params)
  if (!data) return { title: 'Post not found' }
  const { post } = data
  return {
    title: post.title,
    description: post.excerpt,
    alternates: { canonical: paths.post(post.slug) },
    authors: [{ name: post.author.name, url: paths.author(post.author.slug) }],
    openGraph: {
      type: 'article',
      title: post.title,
      description: post.excerpt,
      url: paths.post(post.slug),
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt,
      authors: [post.author.name],
      section: post.categories[0]?.name,
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.excerpt },
  }
}

export default async function PostPage({ params }: Props) {
  const data = await load(params)
  if (!data) notFound()
  const { post, neighbours, related } = data
  const url = absoluteUrl(paths.post(post.slug))
  return (
    <article>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: post.title,
          description: post.excerpt,
          datePublished: post.publishedAt,
          dateModified: post.updatedAt,
          author: [{ '@type': 'Person', name: post.author.name, url: absoluteUrl(paths.author(post.author.slug)) }],
          publisher: { '@type': 'Organization', name: site.name, url: site.url },
          ...(post.image ? { image: [absoluteUrl(post.image.url)] } : {}),
          mainEntityOfPage: url,
          articleSection: post.categories.map((c) => c.name),
        }}
      />
      <header className="border-b-4 border-accent pb-5">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{post.title}</h1>
        <div className="mt-3">
          <PostMeta post={post} />
        </div>
      </header>
      {post.image ? (
        <figure className="mt-6">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={post.image.url} alt={post.image.alt} width={1200} height={630} className="aspect-[1200/630] w-full rounded-md bg-line object-cover" />
          {post.image.caption || post.image.credit ? (
            <figcaption className="caption">
              {post.image.caption}
              {post.image.credit ? <span className="block">{post.image.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <PostBody html={post.bodyHtml} />
      {post.source ? (
        <p className="mt-8 border-t border-line pt-4 text-sm text-muted">
          Source:{' '}
          {post.source.url ? (
            <a href={post.source.url} rel="noopener noreferrer nofollow" className="underline">{post.source.name}</a>
          ) : (
            post.source.name
          )}
        </p>
      ) : null}
      <ShareLinks url={url} title={post.title} />
      <PostNeighbours older={neighbours.older} newer={neighbours.newer} />
      <RelatedPosts posts={related} />
    </article>
  )
}
