import { inflateSync } from 'node:zlib'

// Reads back what a PDF made by pdfkit says, without a PDF library: the objects, their streams
// inflated, each font's ToUnicode map (subset fonts draw glyph numbers, not letters), and every
// line of text drawn with those fonts, in order. Enough to assert what a reader of the printed
// letter would see; it understands only what pdfkit writes (one TJ per line of text).

export type PdfFacts = { pages: number; mediaBoxes: number[][]; lines: string[]; text: string; fontNames: string[] }

function objectsOf(pdf: Buffer): Map<number, { dict: string; stream: string | null }> {
  const raw = pdf.toString('latin1')
  const objects = new Map<number, { dict: string; stream: string | null }>()
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!
    const at = body.search(/stream\r?\n/)
    let stream: string | null = null
    if (at >= 0) {
      const start = m.index + m[0].indexOf(body) + body.slice(at).indexOf('\n') + at + 1
      const bytes = pdf.subarray(start, raw.indexOf('endstream', start))
      try {
        stream = inflateSync(bytes).toString('latin1')
      } catch {
        stream = bytes.toString('latin1')
      }
    }
    objects.set(Number(m[1]), { dict: at >= 0 ? body.slice(0, at) : body, stream })
  }
  return objects
}

/** A ToUnicode CMap as pdfkit writes it: bfrange lines with an array of code points. */
function cmapOf(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const m of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
    const first = parseInt(m[1]!, 16)
    ;[...m[3]!.matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) => {
      const hex = u[1]!
      const units = hex.match(/.{4}/g)!.map((h) => parseInt(h, 16))
      map.set(first + i, String.fromCharCode(...units))
    })
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(parseInt(m[1]!, 16), String.fromCharCode(...m[2]!.match(/.{4}/g)!.map((h) => parseInt(h, 16))))
  return map
}

export function readPdf(pdf: Buffer): PdfFacts {
  const objects = objectsOf(pdf)
  const unicodeOf = new Map<number, Map<number, string>>()
  const fontNames: string[] = []
  for (const [id, o] of objects) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(o.dict)
    if (toUnicode) unicodeOf.set(id, cmapOf(objects.get(Number(toUnicode[1]))?.stream ?? ''))
    const name = /\/FontName \/([^\s/]+)/.exec(o.dict)
    if (name) fontNames.push(name[1]!)
  }
  const fontIds = new Map<string, number>()
  for (const o of objects.values())
    for (const block of o.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) for (const f of block[1]!.matchAll(/\/(\w+) (\d+) 0 R/g)) fontIds.set(f[1]!, Number(f[2]))

  const pageObjects = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict))
  const lines: string[] = []
  for (const page of pageObjects) {
    const contents = /\/Contents (\d+) 0 R/.exec(page.dict)
    const stream = contents ? (objects.get(Number(contents[1]))?.stream ?? '') : ''
    let map = new Map<number, string>()
    for (const op of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) map = unicodeOf.get(fontIds.get(op[1]) ?? -1) ?? new Map()
      else
        lines.push(
          [...op[2]!.matchAll(/<([0-9a-f]*)>/gi)]
            .flatMap((h) => h[1]!.match(/.{4}/g) ?? [])
            .map((g) => map.get(parseInt(g, 16)) ?? '\ufffd')
            .join(''),
        )
    }
  }
  const mediaBoxes = pageObjects.map((p) => /\/MediaBox \[([^\]]+)\]/.exec(p.dict)?.[1]!.trim().split(/\s+/).map(Number) ?? [])
  return { pages: pageObjects.length, mediaBoxes, lines, text: lines.join('\n'), fontNames }
}
