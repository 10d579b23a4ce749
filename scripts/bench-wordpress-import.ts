// npm run bench:wordpress-import — writes a WordPress export of BENCH_WXR_MB megabytes (200 by
// default: posts of about 20 KB in Cyrillic and Latin with captions, shortcodes and lists, among
// drafts, revisions and attachments), imports it into a scratch embedded PostgreSQL with
// lib/wordpress/import.ts, and prints the time and the process's memory at 10 %, 50 % and 100 %
// of the items (after a garbage collection: what the import holds on to) with the peaks between
// them. Flat figures mean the import streams: its memory follows the largest post, not the file.
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { once } from 'node:events'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { migrate } from '@/lib/db/migrate'
import { wxrHead, wxrItem, wxrTail, type WxrPostSpec } from '../tests/support/wxr'

const TARGET_MB = Number(process.env.BENCH_WXR_MB ?? 200)
const dataDir = path.resolve('.data/bench-wordpress-import')
const exportFile = path.join(dataDir, 'export.xml')
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

function memory() {
  ;(globalThis as { gc?: () => void }).gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  return { rss, heapUsed }
}

const paragraph = (i: number) =>
  i % 2
    ? `Профсоюзные активисты Қазақстана остаются в заключении уже ${i} дней. Мы требуем их освобождения и прекращения преследований.\nВторая строка абзаца.`
    : `Solidarity with the jailed trade unionists, day ${i}. <strong>Write to the embassy</strong> and <a href="https://example.org/${i}">share the appeal</a>.`

function post(id: number): WxrPostSpec {
  const kind = id % 10
  const body = [
    ...Array.from({ length: 60 }, (_, i) => paragraph(id + i)),
    `[caption id="attachment_1" width="300"]<img src="https://campaign.example.org/wp-content/uploads/2013/07/missing-${id}.jpg" alt="" /> Митинг ${id}[/caption]`,
    '[gallery ids="1,2"]',
    '<ul>\n<li>Освободить</li>\n<li>Free them</li>\n</ul>',
  ].join('\n\n')
  const day = String(1 + (id % 28)).padStart(2, '0')
  return {
    id,
    title: `Новость ${id}: свобода`,
    slug: `novost-${id}`,
    content: body,
    date: `2015-03-${day} 14:30:00`,
    dateGmt: `2015-03-${day} 08:30:00`,
    author: id % 3 ? 'anna' : 'bek',
    categories: [{ slug: id % 2 ? 'news' : 'appeals', name: id % 2 ? 'Новости' : 'Appeals' }],
    type: kind === 7 ? 'revision' : kind === 8 ? 'attachment' : 'post',
    status: kind === 9 ? 'draft' : kind === 7 || kind === 8 ? 'inherit' : 'publish',
  }
}

async function writeExport(): Promise<number> {
  const out = createWriteStream(exportFile)
  out.write(
    wxrHead({
      authors: [
        { login: 'anna', email: 'anna@example.org', name: 'Анна' },
        { login: 'bek', email: 'bek@example.org', name: 'Бек' },
      ],
      categories: [
        { slug: 'news', name: 'Новости' },
        { slug: 'appeals', name: 'Appeals' },
      ],
    }),
  )
  let written = 0
  let id = 1
  while (written < TARGET_MB * 1024 * 1024) {
    const chunk = wxrItem(post(id++))
    written += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end(wxrTail)
  await once(out, 'finish')
  return id - 1
}

rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })
const items = await writeExport()
console.log(`[bench-wordpress-import] wrote ${exportFile}: ${mb(statSync(exportFile).size)}, ${items.toLocaleString('en')} items`)
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: Number(process.env.BENCH_PG_PORT ?? 5494) })
try {
  await migrate(database.url)
  process.env.DATABASE_URL = database.url
  process.env.PLACARD_SECRET ??= randomBytes(32).toString('hex')
  const { importWordpress, formatReport } = await import('@/lib/wordpress/import')
  const { db } = await import('@/lib/db/client')

  const start = memory()
  console.log(`[bench-wordpress-import] before: rss ${mb(start.rss)}, heap ${mb(start.heapUsed)}`)
  let peakRss = 0
  let peakHeap = 0
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage()
    peakRss = Math.max(peakRss, rss)
    peakHeap = Math.max(peakHeap, heapUsed)
  }, 25)
  const checkpoints = new Set([Math.ceil(items / 10), Math.ceil(items / 2), items])
  const started = performance.now()
  const report = await importWordpress(exportFile, {
    dryRun: false,
    onItem: (n) => {
      if (!checkpoints.has(n)) return
      const now = memory()
      const seconds = (performance.now() - started) / 1000
      console.log(
        `[bench-wordpress-import] ${String(Math.round((n / items) * 100)).padStart(3)} % (${n.toLocaleString('en')} items, ${seconds.toFixed(0)} s): ` +
          `rss ${mb(now.rss)}, heap ${mb(now.heapUsed)}; peaks so far rss ${mb(peakRss)}, heap ${mb(peakHeap)}`,
      )
    },
  })
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  console.log(`\n${formatReport(report).split('\n').slice(0, 30).join('\n')}\n`)
  console.log(
    `[bench-wordpress-import] ${mb(statSync(exportFile).size)} in ${seconds.toFixed(0)} s (${(report.counts.posts.imported / seconds).toFixed(0)} posts/s); ` +
      `peak rss ${mb(peakRss)}, peak heap ${mb(peakHeap)}`,
  )
  await db.$disconnect()
} finally {
  await database.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
