'use client'

import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useState } from 'react'
import { MediaPicker, type PickedMedia } from '@/components/admin/media-picker'
import { Figure, type FigureAttributes } from '@/components/admin/editor/figure-node'
import { FigureTextPanel } from '@/components/admin/editor/figure-text-panel'
import { KeepIds, Superscript } from '@/components/admin/editor/footnotes'
import { cleanPastedHtml } from '@/components/admin/editor/paste-cleanup'

// The rich-text editor of posts, pages and petitions (tiptap): what the editor sees is what readers get. It writes its HTML
// into a hidden field of the surrounding form; the server sanitises it again on save.

export type RichTextEditorProps = {
  name: string
  initialHtml: string
  petitions: { slug: string; title: string }[]
  onChange: () => void
  invalid?: boolean
  describedBy?: string
  /** The text box's accessible name. */
  label?: string
}

const SAFE_LINK = /^(https?:\/\/|mailto:|#|\/(?!\/))/i

export function RichTextEditor({ name, initialHtml, petitions, onChange, invalid, describedBy, label = 'Post text' }: RichTextEditorProps) {
  const [html, setHtml] = useState(initialHtml)
  const [picking, setPicking] = useState(false)
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https', 'mailto'] },
      }),
      Figure,
      Superscript,
      KeepIds,
    ],
    content: initialHtml,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        class: 'rich-text min-h-80 px-4 py-3 focus:outline-none',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      setHtml(e.getHTML())
      onChange()
    },
  })

  function insertFigure(media: PickedMedia) {
    setPicking(false)
    const attrs: FigureAttributes = { src: media.url, alt: media.alt, caption: media.caption, credit: media.credit, width: media.width, height: media.height }
    editor?.chain().focus().insertFigure(attrs).run()
  }

  return (
    <div className={`overflow-hidden rounded-md border bg-white ${invalid ? 'border-accent ring-2 ring-accent/40' : 'border-gray-500'}`}>
      <input type="hidden" name={name} value={html} />
      {editor ? (
        <Toolbar editor={editor} petitions={petitions} onPickImage={() => setPicking(true)} />
      ) : (
        <div className="h-12 border-b border-line bg-gray-50" />
      )}
      <EditorContent editor={editor} />
      {picking ? <MediaPicker onPick={insertFigure} onClose={() => setPicking(false)} /> : null}
    </div>
  )
}

function Toolbar({ editor, petitions, onPickImage }: { editor: Editor; petitions: RichTextEditorProps['petitions']; onPickImage: () => void }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      sup: e.isActive('superscript'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      figure: e.isActive('figure'),
    }),
  })
  const chain = () => editor.chain().focus()
  const [editingFigure, setEditingFigure] = useState(false)

  function setLink() {
    const current = (editor.getAttributes('link').href as string | undefined) ?? ''
    const href = window.prompt('Link address (https://…, mailto:… or #note-1). Leave empty to remove the link.', current)
    if (href === null) return
    if (!href.trim()) return void chain().extendMarkRange('link').unsetLink().run()
    if (!SAFE_LINK.test(href.trim())) return void window.alert('Links must start with https://, http://, mailto:, # or /.')
    chain().extendMarkRange('link').setLink({ href: href.trim() }).run()
  }

  return (
    <div role="toolbar" aria-label="Formatting" className="sticky top-0 z-10 flex flex-wrap items-center gap-1 border-b border-line bg-gray-50 p-1.5">
      <ToolButton label="Heading" pressed={active.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolButton>
      <ToolButton label="Subheading" pressed={active.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolButton>
      <Divider />
      <ToolButton label="Bold" pressed={active.bold} onClick={() => chain().toggleBold().run()}>
        <strong>B</strong>
      </ToolButton>
      <ToolButton label="Italic" pressed={active.italic} onClick={() => chain().toggleItalic().run()}>
        <em>I</em>
      </ToolButton>
      <ToolButton label="Link" pressed={active.link} onClick={setLink}>
        Link
      </ToolButton>
      <ToolButton label="Superscript (footnote mark)" pressed={active.sup} onClick={() => chain().toggleMark('superscript').run()}>
        x²
      </ToolButton>
      <Divider />
      <ToolButton label="Bulleted list" pressed={active.bullet} onClick={() => chain().toggleBulletList().run()}>
        • List
      </ToolButton>
      <ToolButton label="Numbered list" pressed={active.ordered} onClick={() => chain().toggleOrderedList().run()}>
        1. List
      </ToolButton>
      <ToolButton label="Quote" pressed={active.quote} onClick={() => chain().toggleBlockquote().run()}>
        “ Quote
      </ToolButton>
      <Divider />
      <ToolButton label="Insert an image" onClick={onPickImage}>
        Image
      </ToolButton>
      {active.figure ? (
        <ToolButton label="Edit the image’s alt text, caption and credit" pressed={editingFigure} onClick={() => setEditingFigure(!editingFigure)}>
          Image text
        </ToolButton>
      ) : null}
      {petitions.length ? (
        <select
          aria-label="Embed a petition"
          value=""
          onChange={(e) => {
            // Goes after whatever is selected (an image, a phrase) instead of replacing it.
            if (e.target.value) chain().insertContentAt(editor.state.selection.to, `<p>[petition ${e.target.value}]</p>`).run()
          }}
          className="min-h-9 rounded border border-gray-300 bg-white px-2 text-sm"
        >
          <option value="">Embed a petition…</option>
          {petitions.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      ) : null}
      <Divider />
      <ToolButton label="Undo" onClick={() => chain().undo().run()}>
        ↶
      </ToolButton>
      <ToolButton label="Redo" onClick={() => chain().redo().run()}>
        ↷
      </ToolButton>
      {active.figure && editingFigure ? <FigureTextPanel key={editor.state.selection.from} editor={editor} onClose={() => setEditingFigure(false)} /> : null}
    </div>
  )
}

function ToolButton({ label, pressed, onClick, children }: { label: string; pressed?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      title={label}
      aria-label={label}
      aria-pressed={pressed}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className={`min-h-9 min-w-9 rounded px-2 text-sm font-semibold ${pressed ? 'bg-accent-dark text-white' : 'text-ink hover:bg-gray-200'}`}
    >
      {children}
    </button>
  )
}

const Divider = () => <span aria-hidden="true" className="mx-1 h-6 w-px bg-gray-300" />
