'use client';

import { mergeAttributes, Node, type Editor, type JSONContent } from '@tiptap/core';
import { EditorContent, NodeViewWrapper, ReactNodeViewRenderer, useEditor, useEditorState, type NodeViewProps } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { createContext, useContext, useEffect } from 'react';
import type { EditablePhoto } from '@/lib/editor/editable-article';

// The body editor: Tiptap limited to what the public page can show (paragraphs,
// headings 2–4, bold, italic, lists, quotes, links, photos). The server rebuilds what it
// receives against the same allowlist (src/lib/editor/sanitize-body.ts).

const PhotosContext = createContext<EditablePhoto[]>([]);

function FigureView({ node, selected, deleteNode }: NodeViewProps) {
  const photos = useContext(PhotosContext);
  const photo = photos.find((p) => p.mediaId === node.attrs.mediaId);
  return (
    <NodeViewWrapper as="figure" className={`my-4 rounded border-2 p-2 ${selected ? 'border-brand-600' : 'border-dashed border-neutral-300'}`} data-drag-handle>
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/anh/${photo.storageKey}/w640.webp`} alt={photo.alt} width={640} height={Math.round((photo.height / photo.width) * 640)} className="h-auto max-h-72 w-auto" />
      ) : (
        <p className="text-sm text-neutral-600">Ảnh đã bị bỏ khỏi bài; khối này sẽ không hiển thị.</p>
      )}
      <figcaption className="mt-1 text-sm text-neutral-700">
        {photo?.caption ? `Ảnh: ${photo.caption}${photo.credit ? ` (${photo.credit})` : ''}` : <em>Chưa có chú thích (nhập ở phần Ảnh bên dưới)</em>}
      </figcaption>
      <button type="button" onClick={deleteNode} className="mt-1 text-sm text-red-700 underline">
        Bỏ ảnh khỏi nội dung
      </button>
    </NodeViewWrapper>
  );
}

const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { mediaId: { default: null, parseHTML: (el) => Number(el.getAttribute('data-media-id')) || null } };
  },
  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes({ 'data-media-id': HTMLAttributes.mediaId })];
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    horizontalRule: false,
    underline: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => SAFE_LINK.test(url) },
  }),
  Figure,
];

function ToolButton({ label, active, onClick, children }: { label: string; active?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={`min-h-9 min-w-9 rounded px-2 text-sm ${active ? 'bg-brand-700 text-white' : 'bg-white text-neutral-800 hover:bg-neutral-100'} border border-neutral-300`}
    >
      {children}
    </button>
  );
}

function askLink(editor: Editor) {
  const previous = editor.getAttributes('link').href as string | undefined;
  const href = window.prompt('Địa chỉ liên kết (https://…, mailto:…, hoặc /bai-viet/…). Để trống để bỏ liên kết:', previous ?? 'https://');
  if (href === null) return;
  if (href.trim() === '') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  if (!SAFE_LINK.test(href.trim())) {
    window.alert('Liên kết phải bắt đầu bằng http://, https://, mailto:, tel: hoặc /');
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
}

function Toolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div role="toolbar" aria-label="Định dạng nội dung" className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-neutral-300 bg-neutral-50 p-2">
      <ToolButton label="Đậm" active={state.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolButton>
      <ToolButton label="Nghiêng" active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </ToolButton>
      <ToolButton label="H2 – tiêu đề mục" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolButton>
      <ToolButton label="H3 – tiêu đề nhỏ" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolButton>
      <ToolButton label="Danh sách chấm" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
        • —
      </ToolButton>
      <ToolButton label="1. Danh sách số" active={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
        1.
      </ToolButton>
      <ToolButton label="Trích dẫn" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
        “ ”
      </ToolButton>
      <ToolButton label="Liên kết" active={state.link} onClick={() => askLink(editor)}>
        Liên kết
      </ToolButton>
      <ToolButton label="Hoàn tác" onClick={() => chain().undo().run()}>
        ↶
      </ToolButton>
      <ToolButton label="Làm lại" onClick={() => chain().redo().run()}>
        ↷
      </ToolButton>
    </div>
  );
}

type Props = {
  initial: JSONContent;
  photos: EditablePhoto[];
  onChange: (doc: JSONContent) => void;
  onReady: (editor: Editor) => void;
  invalid?: boolean;
  describedBy?: string;
};

export function RichTextEditor({ initial, photos, onChange, onReady, invalid, describedBy }: Props) {
  const editor = useEditor({
    extensions,
    content: initial,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: 'noi-dung-bai',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': 'nhan-noi-dung',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        class: 'prose prose-neutral max-w-none min-h-64 p-3 text-[17px] focus:outline-none',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON()),
  });
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);
  return (
    <PhotosContext.Provider value={photos}>
      <div className={`rounded border bg-white ${invalid ? 'border-red-600' : 'border-neutral-400'} focus-within:ring-2 focus-within:ring-brand-600`}>
        {editor ? <Toolbar editor={editor} /> : <div className="h-13 border-b border-neutral-300 bg-neutral-50" />}
        <EditorContent editor={editor} />
      </div>
    </PhotosContext.Provider>
  );
}
