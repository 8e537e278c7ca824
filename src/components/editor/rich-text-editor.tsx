'use client';

import type { Editor } from '@tiptap/core';
import { EditorContent, ReactNodeViewRenderer, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BodyDoc } from '@/lib/content/body-schema';
import { BodyCodecError, toBodyDoc, toEditorContent } from '@/lib/editor/body-codec';
import { BlockMoves } from './body/block-moves';
import { BodyHostContext, type BodyHost } from './body/body-host';
import { bodyExtensions, CaptionedTable, Figure, GrantList, PhotoSlot } from './body/extensions';
import { FigureView } from './body/figure-view';
import { GrantListDialog } from './body/grant-list-dialog';
import { GrantListView } from './body/grant-list-view';
import { LinkDialog } from './body/link-dialog';
import { PasteRules } from './body/paste';
import { PhotoPlacement, type PlacementHost } from './body/photo-placement';
import { PhotoSlotView } from './body/photo-slot-view';
import { CaptionedTableView } from './body/table-view';
import { Toolbar } from './body/toolbar';

// The body editor: Tiptap with exactly the blocks the public page shows (paragraphs,
// headings, bold, italic, links, lists, quotes, tables, photos, photo slots and award
// decisions' lists). What it
// makes is turned into the stored form on every change (src/lib/editor/body-codec.ts).

export type BodyChange = { ok: true; doc: BodyDoc } | { ok: false; message: string };

type Props = {
  initial: BodyDoc;
  host: BodyHost;
  editable: boolean;
  onChange: (change: BodyChange) => void;
  onReady: (editor: Editor) => void;
  invalid?: boolean;
  describedBy?: string;
};

export function RichTextEditor({ initial, host, editable, onChange, onReady, invalid, describedBy }: Props) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [grantListOpen, setGrantListOpen] = useState(false);
  const placementHost = useRef<PlacementHost | null>(null);
  placementHost.current = { uploadPhotos: host.uploadPhotos, captionPhoto: host.captionPhoto };
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const extensions = useMemo(
    () => [
      ...bodyExtensions({
        figure: Figure.extend({ addNodeView: () => ReactNodeViewRenderer(FigureView) }),
        photoSlot: PhotoSlot.extend({ addNodeView: () => ReactNodeViewRenderer(PhotoSlotView) }),
        table: CaptionedTable.configure({ View: CaptionedTableView, resizable: false, allowTableNodeSelection: false }),
        grantList: GrantList.extend({ addNodeView: () => ReactNodeViewRenderer(GrantListView) }),
      }),
      BlockMoves,
      PhotoPlacement.configure({ host: placementHost }),
      PasteRules,
    ],
    [],
  );

  const editor = useEditor({
    extensions,
    content: toEditorContent(initial),
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: 'noi-dung-bai',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': 'nhan-noi-dung',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        class: 'body-editor prose prose-neutral max-w-none min-h-64 p-3 text-[17px] focus:outline-none',
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
      try {
        onChangeRef.current({ ok: true, doc: toBodyDoc(e.getJSON()) });
      } catch (error) {
        if (!(error instanceof BodyCodecError)) throw error;
        onChangeRef.current({ ok: false, message: error.message });
      }
    },
  });
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  return (
    <BodyHostContext.Provider value={host}>
      <div className={`rounded border bg-white ${invalid ? 'border-red-600' : 'border-neutral-400'} focus-within:ring-2 focus-within:ring-brand-600`}>
        {editor && editable ? <Toolbar editor={editor} onLink={() => setLinkOpen(true)} onGrantList={() => setGrantListOpen(true)} /> : <div className="h-13 border-b border-neutral-300 bg-neutral-50" />}
        <EditorContent editor={editor} />
      </div>
      {editor && <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />}
      {editor && <GrantListDialog editor={editor} open={grantListOpen} onClose={() => setGrantListOpen(false)} />}
    </BodyHostContext.Provider>
  );
}
