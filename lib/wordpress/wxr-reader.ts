import { createReadStream } from 'node:fs'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { dropHiddenCharacters } from '@/lib/validation/hidden-characters'

// Reads a WordPress export (WXR, an RSS file with wp:* elements) as a stream of small records:
// the site's own fields, then each author, category and item, one at a time. Only the record
// being read is held in memory, and the file is read a chunk at a time, waiting while the
// caller works on what the chunk produced, so a 200 MB export takes as much memory as its
// largest post. saxes checks well-formedness as it goes: a broken file fails with the line
// and column, never with half of it read silently. Control characters and text-direction
// overrides are dropped from every field, as the admin forms drop them from pasted text.

export type WxrSite = { title: string; link: string; baseSiteUrl: string; baseBlogUrl: string; wxrVersion: string }
export type WxrAuthor = { login: string; email: string; displayName: string; firstName: string; lastName: string }
export type WxrCategory = { termId: string; slug: string; parent: string; name: string; description: string }
export type WxrItem = {
  /** Simple child elements by qualified name: title, link, guid, wp:post_id, content:encoded … */
  fields: Record<string, string>
  /** <category domain="category" nicename="slug">Name</category>, tags included. */
  terms: { domain: string; slug: string; name: string }[]
  meta: Record<string, string>
  /** Comments are not imported; only counted. */
  comments: number
}

export type WxrRecord =
  | { kind: 'site'; site: WxrSite }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'category'; category: WxrCategory }
  | { kind: 'item'; item: WxrItem; line: number }

export class WxrError extends Error {}

const CHANNEL_FIELDS = new Set(['title', 'link', 'wp:base_site_url', 'wp:base_blog_url', 'wp:wxr_version'])

type Collecting = { name: string; depth: number; fields: Record<string, string>; terms: WxrItem['terms']; meta: Record<string, string>; comments: number }

function toSite(fields: Record<string, string>): WxrSite {
  const link = fields.link ?? ''
  return {
    title: fields.title ?? '',
    link,
    baseSiteUrl: fields['wp:base_site_url'] || link,
    baseBlogUrl: fields['wp:base_blog_url'] || link,
    wxrVersion: fields['wp:wxr_version'] ?? '',
  }
}

/** Turns parser events into records; `push` receives each finished one. */
function recordBuilder(push: (record: WxrRecord) => void, lineOf: () => number) {
  const stack: string[] = []
  const channel: Record<string, string> = {}
  let siteSent = false
  let current: Collecting | null = null
  let text: string | null = null
  let itemLine = 0
  let metaKey = ''

  const sendSite = () => {
    if (siteSent) return
    if (!channel['wp:wxr_version'])
      throw new WxrError(
        'This is an RSS file, but not a WordPress export: it has no <wp:wxr_version>. Export again from WordPress with Tools → Export → All content.',
      )
    siteSent = true
    push({ kind: 'site', site: toSite(channel) })
  }

  return {
    open(tag: SaxesTagPlain) {
      stack.push(tag.name)
      const depth = stack.length
      if (depth === 1 && tag.name !== 'rss')
        throw new WxrError(
          `This XML file is not a WordPress export: it starts with <${tag.name}>, not <rss>. Export again from WordPress with Tools → Export → All content.`,
        )
      if (depth === 3 && stack[1] === 'channel') {
        if (tag.name === 'item' || tag.name === 'wp:author' || tag.name === 'wp:category') {
          sendSite()
          current = { name: tag.name, depth, fields: {}, terms: [], meta: {}, comments: 0 }
          itemLine = lineOf()
        } else if (CHANNEL_FIELDS.has(tag.name)) text = ''
        return
      }
      if (!current) return
      if (depth === current.depth + 1) {
        // Comments and their replies are not imported: skipping them keeps their text out of memory.
        if (tag.name === 'wp:comment') current.comments++
        else if (tag.name !== 'wp:postmeta') text = ''
        if (tag.name === 'category') current.terms.push({ domain: String(tag.attributes.domain ?? ''), slug: String(tag.attributes.nicename ?? ''), name: '' })
      } else if (depth === current.depth + 2 && stack[depth - 2] === 'wp:postmeta') text = ''
    },
    text(chunk: string) {
      if (text !== null) text += dropHiddenCharacters(chunk)
    },
    close() {
      const name = stack.pop()!
      const depth = stack.length + 1
      if (depth === 3 && stack[1] === 'channel' && !current && text !== null) {
        channel[name] = text.trim()
        text = null
        return
      }
      if (!current) return
      if (depth === current.depth) {
        const c: Collecting = current
        current = null
        if (c.name === 'item') push({ kind: 'item', item: { fields: c.fields, terms: c.terms, meta: c.meta, comments: c.comments }, line: itemLine })
        else if (c.name === 'wp:author') push({ kind: 'author', author: toAuthor(c.fields) })
        else push({ kind: 'category', category: toCategory(c.fields) })
        return
      }
      if (text === null) return
      if (depth === current.depth + 1) {
        if (name === 'category') current.terms[current.terms.length - 1]!.name = text.trim()
        else current.fields[name] = text
      } else if (name === 'wp:meta_key') metaKey = text.trim()
      else if (name === 'wp:meta_value' && metaKey) current.meta[metaKey] = text
      text = null
    },
    end() {
      if (!stack.length && !siteSent) sendSite()
    },
  }
}

const toAuthor = (f: Record<string, string>): WxrAuthor => ({
  login: (f['wp:author_login'] ?? '').trim(),
  email: (f['wp:author_email'] ?? '').trim(),
  displayName: (f['wp:author_display_name'] ?? '').trim(),
  firstName: (f['wp:author_first_name'] ?? '').trim(),
  lastName: (f['wp:author_last_name'] ?? '').trim(),
})

const toCategory = (f: Record<string, string>): WxrCategory => ({
  termId: (f['wp:term_id'] ?? '').trim(),
  slug: (f['wp:category_nicename'] ?? '').trim(),
  parent: (f['wp:category_parent'] ?? '').trim(),
  name: (f['wp:cat_name'] ?? '').trim(),
  description: (f['wp:category_description'] ?? '').trim(),
})

/**
 * The records of a WXR file, in file order. Throws WxrError with a reader's explanation when the file is not one.
 * onBytes hears how many bytes of the file have been read after each chunk (a progress bar).
 */
export async function* readWxr(filePath: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser()
  const queue: WxrRecord[] = []
  const builder = recordBuilder(
    (record) => queue.push(record),
    () => parser.line,
  )
  parser.on('opentag', (tag) => builder.open(tag))
  parser.on('text', (t) => builder.text(t))
  parser.on('cdata', (t) => builder.text(t))
  parser.on('closetag', () => builder.close())
  let started = false
  const stream = createReadStream(filePath, { encoding: 'utf8', highWaterMark: 256 * 1024 })
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      parser.write(started ? chunk : chunk.replace(/^\uFEFF/, ''))
      started = true
      while (queue.length) yield queue.shift()!
      onBytes?.(stream.bytesRead)
    }
    if (!started) throw new WxrError('The file is empty (0 bytes). Export again from WordPress with Tools → Export → All content.')
    parser.close()
    builder.end()
    while (queue.length) yield queue.shift()!
  } catch (error) {
    if (error instanceof WxrError) throw error
    const message = (error as Error).message
    // saxes reports "line:column: what is wrong".
    const at = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message)
    throw new WxrError(
      at
        ? `The file is not well-formed XML: line ${at[1]}, column ${at[2]}: ${at[3]}. It may have been cut off or edited by hand; export it again from WordPress.`
        : `The file could not be read as XML: ${message}`,
    )
  } finally {
    stream.destroy()
  }
}
