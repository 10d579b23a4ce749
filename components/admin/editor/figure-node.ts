import { Node } from '@tiptap/core'

// An image with its caption and credit, stored as the same HTML the public site renders:
// <figure><img src alt><figcaption>Caption<small>Credit</small></figcaption></figure>.
// It is one block in the editor (selected, moved or deleted as a whole).

export type FigureAttributes = { src: string; alt: string; caption: string; credit: string; width?: number | null; height?: number | null }

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attributes: FigureAttributes) => ReturnType }
  }
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
      width: { default: null },
      height: { default: null },
    }
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const img = element.querySelector('img')
          if (!img?.getAttribute('src')) return false
          const caption = element.querySelector('figcaption')
          const creditText = caption?.querySelector('small, .credit')?.textContent?.trim() ?? ''
          const all = caption?.textContent?.trim() ?? ''
          const captionText = creditText && all.endsWith(creditText) ? all.slice(0, -creditText.length).trim() : all
          const size = (name: string) => (/^\d+$/.test(img.getAttribute(name) ?? '') ? Number(img.getAttribute(name)) : null)
          return {
            src: img.getAttribute('src'),
            alt: img.getAttribute('alt') ?? '',
            caption: captionText,
            credit: creditText,
            width: size('width'),
            height: size('height'),
          }
        },
      },
      // A bare image (pasted, or from an older post) becomes a figure without a caption.
      { tag: 'img[src]', getAttrs: (element) => ({ src: element.getAttribute('src'), alt: element.getAttribute('alt') ?? '' }) },
    ]
  },

  renderHTML({ node }) {
    const { src, alt, caption, credit, width, height } = node.attrs as FigureAttributes
    // Width and height let the page reserve the image's space before it loads (no layout shift).
    const img: [string, Record<string, string>] = ['img', { src, alt, ...(width && height ? { width: String(width), height: String(height) } : {}) }]
    const captionParts: (string | [string, Record<string, string>, string])[] = []
    if (caption) captionParts.push(caption)
    if (credit) captionParts.push(['small', {}, credit])
    return captionParts.length ? ['figure', {}, img, ['figcaption', {}, ...captionParts]] : ['figure', {}, img]
  },

  addCommands() {
    return {
      insertFigure:
        (attributes) =>
        ({ commands, state }) =>
          // After the selection, so a selected image or phrase is never replaced by the new one;
          // a paragraph after the image takes the cursor, so typing goes on below it.
          commands.insertContentAt(state.selection.to, [{ type: this.name, attrs: attributes }, { type: 'paragraph' }]),
    }
  },
})
