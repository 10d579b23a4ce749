// Run by tests/e2e/visitors-never-run-planted-scripts.spec.ts under `tsx --conditions=react-server`
// against the e2e site's database: an editor's hostile text goes in through the editor's own
// save path (each action's zod schema, then the lib function the action calls, in a transaction
// with its audit row, exactly as lib/auth/admin-action.ts does once the session is checked).
// Prints what it planted, and what each page must then show, as JSON on stdout.
import { recordAudit } from '@/lib/audit/record'
import { sanitizeEditorHtml } from '@/lib/rich-text/sanitize-html'
import { db } from '@/lib/db/client'
import { saveCategory } from '@/lib/posts/categories'
import { savePage } from '@/lib/pages/editing'
import { savePetition } from '@/lib/petitions/editing'
import { addPaperCount, uploadPaperList } from '@/lib/petitions/paper-signatures'
import { savePost } from '@/lib/posts/editing'
import { saveUpdate } from '@/lib/updates/editing'
import { updateEmail } from '@/lib/updates/email'
import { categoryFormSchema } from '@/lib/validation/category'
import { pageEditorSchema } from '@/lib/validation/page'
import { addPaperCountSchema, uploadPaperListSchema } from '@/lib/validation/paper-signatures'
import { petitionEditorSchema } from '@/lib/validation/petition'
import { postEditorSchema } from '@/lib/validation/post-editor'
import { updateEditorSchema } from '@/lib/validation/update'
import type { ActionContext } from '@/lib/auth/admin-action'
import type { z } from 'zod'
import { hostileRichTextDocuments, textPayloads, type RichDocument } from './hostile-text'

const [userId, prefix] = process.argv.slice(2)
if (!userId || !prefix) throw new Error('usage: plant-hostile-content.ts <editor user id> <slug prefix>')
const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, role: true } })

/** What an admin action does after the session check: parse with its schema, work and audit in one transaction. */
async function asEditor<S extends z.ZodType, T>(schema: S, values: Record<string, unknown>, work: (input: z.infer<S>, ctx: ActionContext) => Promise<T>) {
  const input = schema.parse(values)
  return db.$transaction((tx) =>
    work(input, {
      user,
      tx,
      audit: (event) => recordAudit(tx, { id: user.id, label: user.email }, event, null),
      ipHash: null,
      afterCommit: () => {},
    }),
  )
}

// Each rich-text document goes in on its own, so no payload can hide another (see hostile-text.ts).
const documents = hostileRichTextDocuments(sanitizeEditorHtml)
const titles = textPayloads(190)
const title = (i: number) => titles[i % titles.length]!

const category = await asEditor(categoryFormSchema, { name: textPayloads(55)[0], slug: `${prefix}-category`, description: textPayloads(480)[1] }, saveCategory)

const posts = []
for (const [i, document] of documents.entries()) {
  const saved = await asEditor(
    postEditorSchema,
    {
      intent: 'publish',
      title: title(i),
      slug: `${prefix}-post-${i}`,
      excerpt: textPayloads(580)[i % 3],
      bodyHtml: document.html,
      categoryIds: [category.id],
      byline: titles[(i + 1) % titles.length],
    },
    savePost,
  )
  posts.push({ id: saved.id, slug: saved.slug, title: title(i), markers: await shownMarkers('posts', saved.id, document) })
}

// One page holds every document at once (its renderer is the posts'; those try each alone).
const pageDocument = { html: documents.map((d) => d.html).join(''), markers: documents.flatMap((d) => d.markers), payloads: 0 }
const page = await asEditor(
  pageEditorSchema,
  { intent: 'publish', title: title(1), slug: `${prefix}-page`, bodyHtml: pageDocument.html, showInNav: '' },
  savePage,
)

// A petition page shows its body and up to 20 updates, each sanitised on its own: one petition
// per 21 documents keeps every payload alone in its document.
const petitions = []
for (let start = 0, n = 0; start < documents.length; start += 21, n++) {
  const [body, ...news] = documents.slice(start, start + 21)
  const values = {
    intent: 'open',
    title: title(n + 2),
    slug: `${prefix}-petition-${n}`,
    summary: textPayloads(580)[n + 1],
    bodyHtml: body!.html,
    target: textPayloads(290)[n + 2],
    goal: '1000',
    returnAddress: textPayloads(480)[n + 3],
  }
  const saved = await asEditor(petitionEditorSchema, values, savePetition)
  const subjects: string[] = []
  const markers = await shownMarkers('petitions', saved.id, body!)
  for (const [k, document] of news.entries()) {
    const subject = textPayloads(145)[k % 20]!
    const update = await asEditor(updateEditorSchema, { petitionId: saved.id, subject, bodyHtml: document.html }, saveUpdate)
    // Shown on the petition page once sending has started; who receives it is not this test's concern.
    await db.petitionUpdate.update({ where: { id: update.id }, data: { state: 'sent', publishedAt: new Date(), finishedAt: new Date() } })
    subjects.push(subject)
    markers.push(...(await shownMarkers('petition_updates', update.id, document)))
  }
  petitions.push({
    id: saved.id,
    slug: saved.slug,
    title: values.title,
    summary: values.summary!,
    target: values.target!,
    returnAddress: values.returnAddress!,
    subjects,
    markers,
  })
}

const first = petitions[0]!
const paperNote = textPayloads(290)[4]!
await asEditor(addPaperCountSchema, { petitionId: first.id, count: '12', note: paperNote, country: '' }, addPaperCount)
const paperNames = textPayloads(190)
  .filter((name) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(name))
  .map((name) => `"${name.replace(/"/g, '""')}",DE`)
const file = new File([`Name,Country\n${paperNames.join('\n')}\n`], `${textPayloads(90)[5]}.csv`, { type: 'text/csv' })
await asEditor(uploadPaperListSchema, { petitionId: first.id, note: textPayloads(290)[6], file }, uploadPaperList)

// The update as a mail program that shows HTML would show it.
const firstUpdate = await db.petitionUpdate.findFirstOrThrow({ where: { petitionId: first.id }, orderBy: { createdAt: 'asc' }, include: { petition: true } })
const emailHtml = updateEmail({ ...firstUpdate, to: 'reader@example.org', signatureId: null }).html

/** The markers of `document` that survived sanitising as stored: the text the page must show. */
async function shownMarkers(table: 'posts' | 'pages' | 'petitions' | 'petition_updates', id: string, document: RichDocument) {
  const rows = await db.$queryRawUnsafe<{ body_html: string }[]>(`SELECT body_html FROM ${table} WHERE id = $1::uuid`, id)
  return document.markers.filter((marker) => rows[0]!.body_html.includes(marker))
}

console.log(
  JSON.stringify({
    documents: documents.length,
    payloadsInDocuments: documents.reduce((n, d) => n + d.payloads, 0),
    category: { id: category.id, slug: category.slug, name: category.name, description: category.description },
    posts,
    page: { id: page.id, slug: page.slug, title: title(1), markers: await shownMarkers('pages', page.id, pageDocument) },
    petitions,
    paperNote,
    email: { html: emailHtml, payloads: documents[1]?.payloads ?? 0 },
  }),
)
await db.$disconnect()
