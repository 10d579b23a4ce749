import { Extension, Mark } from '@tiptap/core'

// Footnotes and in-page links: the sanitiser keeps safe, prefixed ids on headings, paragraphs,
// list items, superscripts and links (lib/rich-text/sanitize-html.ts). The editor must keep them
// too, or opening and saving a post would cut every [1] from its note.

export const KeepIds = Extension.create({
  name: 'keepIds',
  addGlobalAttributes() {
    return [
      {
        types: ['heading', 'paragraph', 'listItem', 'link', 'superscript'],
        attributes: {
          id: {
            default: null,
            parseHTML: (element) => element.getAttribute('id'),
            renderHTML: (attributes) => (attributes.id ? { id: attributes.id as string } : {}),
          },
        },
      },
    ]
  },
})

/** <sup>, for footnote marks such as [1]. */
export const Superscript = Mark.create({
  name: 'superscript',
  parseHTML() {
    return [{ tag: 'sup' }]
  },
  renderHTML() {
    return ['sup', 0]
  },
})
