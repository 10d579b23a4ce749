import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/site/json-ld'
import { PostArticle } from '@/components/site/post-article'
import { PostNeighbours } from '@/components/site/post-neighbours'
import { RelatedPosts } from '@/components/site/related-posts'
import { ShareLinks } from '@/components/site/share-links'
import { SolidaritySection } from '@/components/solidarity/solidarity-section'
import { loadPostPage } from '@/lib/posts/post-page'
import { listApprovedMessages } from '@/lib/solidarity/queries'
import { paths } from '@/lib/paths'
import { absoluteUrl, site } from '@/lib/site'
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
    // A byline credits someone without an account; the account holder's name is not shown then.
    authors: [post.byline ? { name: post.byline } : { name: post.author.name, url: paths.author(post.author.slug) }],
    openGraph: {
      type: 'article',
      title: post.title,
      description: post.excerpt,
      url: paths.post(post.slug),
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt,
      authors: [post.byline ?? post.author.name],
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
  // Tagged with the post (loadPostPage): approving or removing a message refreshes this page.
  const messages = await listApprovedMessages(post.id)
  return (
    <PostArticle post={post}>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: post.title,
          description: post.excerpt,
          datePublished: post.publishedAt,
          dateModified: post.updatedAt,
          author: [
            post.byline
              ? { '@type': 'Person', name: post.byline }
              : { '@type': 'Person', name: post.author.name, url: absoluteUrl(paths.author(post.author.slug)) },
          ],
          publisher: { '@type': 'Organization', name: site.name, url: site.url },
          ...(post.image ? { image: [absoluteUrl(post.image.url)] } : {}),
          mainEntityOfPage: url,
          articleSection: post.categories.map((c) => c.name),
        }}
      />
      <ShareLinks url={url} title={post.title} />
      <SolidaritySection slug={post.slug} messages={messages} />
      <PostNeighbours older={neighbours.older} newer={neighbours.newer} />
      <RelatedPosts posts={related} />
    </PostArticle>
  )
}
