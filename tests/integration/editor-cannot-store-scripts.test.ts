import { beforeAll, expect, it } from 'vitest'
import { savePostAction } from '@/app/admin/(area)/posts/actions'
import { db } from '@/lib/db/client'
import { getPublishedPostBySlug } from '@/lib/posts/queries'
import { asUser, formData, makeUser } from '../support/admin-session'
import { makeCategory, resetDatabase } from '../support/factories'
import { assertSafeHtml, XSS_PAYLOADS } from '../support/xss-payloads'

// A post body is whatever an editor's browser sends, which an attacker with a stolen session
// (or a malicious editor) controls. Every known XSS payload goes through the editor's real save
// path and must come out harmless in the database and in what the public page reads.

let editor: Awaited<ReturnType<typeof makeUser>>
beforeAll(async () => {
  await resetDatabase()
  editor = await makeUser('editor')
  await makeCategory('Articles')
})

it('has a table of at least 40 payloads', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40)
})

it.each(XSS_PAYLOADS.map((payload, i) => [i, payload] as const))('payload %i is stored and published without anything that could run', async (i, payload) => {
  const slug = `xss-${i}`
  const answer = await asUser(editor, () =>
    savePostAction(null, formData({ intent: 'publish', title: `Payload ${i}`, slug, bodyHtml: `<p>Text before.</p>${payload}<p>Text after.</p>` })),
  )
  expect(answer).toMatchObject({ ok: true })
  const stored = await db.post.findUniqueOrThrow({ where: { slug }, select: { bodyHtml: true, excerpt: true } })
  assertSafeHtml(stored.bodyHtml)
  expect(stored.bodyHtml).toContain('<p>Text before.</p>')
  const published = await getPublishedPostBySlug(slug)
  assertSafeHtml(published!.bodyHtml)
})
