// Cache tags attached to rendered pages. A page carries the tag of every post it shows, so a
// change to one post refreshes exactly those pages (see lib/content/changes.ts).
export const tags = {
  /** Every page whose list of posts depends on which posts are published (home, archives, feeds). */
  postLists: 'posts',
  /** Every page (the layout shows the category navigation). */
  categories: 'categories',
  /** The petitions index and the sidebar's featured petition (on every page). */
  petitions: 'petitions',
  /** The navigation's list of pages (on every page), the sitemap, and a page's own cached 404. */
  pages: 'pages',
  /** The public list of sponsors and supporters (/supporters). */
  supporters: 'supporters',
  post: (id: string) => `post:${id}`,
  petition: (id: string) => `petition:${id}`,
  page: (id: string) => `page:${id}`,
  author: (id: string) => `author:${id}`,
}
