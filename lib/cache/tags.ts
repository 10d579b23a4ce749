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
  /** The donate page and the sidebar's donation box (on every page). */
  donations: 'donations',
  /** The list of days of action. */
  actionDays: 'action-days',
  /** Every page showing a letter action (the letters index, letter pages, posts embedding one); also moved by the directory. */
  letters: 'letters',
  letter: (id: string) => `letter:${id}`,
  /** The public list of sponsors and supporters (/supporters). */
  supporters: 'supporters',
  post: (id: string) => `post:${id}`,
  petition: (id: string) => `petition:${id}`,
  page: (id: string) => `page:${id}`,
  author: (id: string) => `author:${id}`,
  actionDay: (id: string) => `action-day:${id}`,
}
