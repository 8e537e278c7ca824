'use client';

import type { Editor } from '@tiptap/core';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { articleVersionAction } from '@/app/quan-tri/article-actions';
import { bodyFigureIds, bodyToText } from '@/lib/content/body-text';
import type { EditableArticle, EditablePhoto } from '@/lib/editor/editable-article';
import { formStateOf, type FormState } from '@/lib/editor/form-state';
import type { LibraryPhoto } from '@/lib/editor/editor-lookups';
import type { UploadedPhoto } from '@/lib/uploads/store-upload';
import { formatNumber } from '@/lib/text/format';
import { ArticleMainFields } from './article-main-fields';
import { ArticleSideFields } from './article-side-fields';
import { AttachmentManager } from './attachment-manager';
import type { BodyHost } from './body/body-host';
import { insertAtInsertionPoint } from './body/photo-placement';
import { ConflictPanel } from './conflict-panel';
import { FieldError } from './field-error';
import { MediaLibraryDialog } from './media-library-dialog';
import { PendingEditNotice } from './pending-edit-notice';
import { PhotoManager, type PhotoState } from './photo-manager';
import { RichTextEditor, type BodyChange } from './rich-text-editor';
import { SavePanel } from './save-panel';
import { useUploads } from './upload-queue';
import { useArticleSave } from './use-article-save';
import { useLeaveGuard } from './use-leave-guard';
import type { WorkflowPermissions } from './workflow-panel';

type Props = {
  article: EditableArticle | null;
  /** A revision's content loaded into the form (not saved yet). */
  loaded?: FormState | null;
  sections: { id: number; name: string }[];
  tagSuggestions: string[];
  permissions: WorkflowPermissions & { upload: boolean; createTags: boolean; correctAlone: boolean };
  defaultByline: string;
  siteName: string;
  /** Published award decisions an article can embed the list of. */
  decisions?: { slug: string; label: string }[];
};

const EMPTY: Omit<FormState, 'byline'> = { title: '', slug: '', slugEdited: false, sapo: '', source: '', sectionId: 0, tags: [], publishedAt: '', body: { type: 'doc', content: [] }, leadMediaId: null, photos: [], attachments: [] };

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const newPhoto = (p: { mediaId: number; storageKey: string; width: number; height: number }, words: Partial<EditablePhoto> = {}): EditablePhoto => ({
  mediaId: p.mediaId,
  storageKey: p.storageKey,
  width: p.width,
  height: p.height,
  alt: '',
  caption: '',
  credit: '',
  decorative: false,
  ...words,
});

export function ArticleEditor({ article, loaded, sections, tagSuggestions, permissions, defaultByline, siteName, decisions = [] }: Props) {
  const router = useRouter();
  // A live article with an edit waiting for approval opens on that edit.
  const [form, setForm] = useState<FormState>(() => loaded ?? (article ? formStateOf(article.pending?.snapshot ?? article) : { ...EMPTY, byline: defaultByline }));
  const [pendingSaved, setPendingSaved] = useState(false);
  const [changes, setChanges] = useState(loaded ? 1 : 0);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [library, setLibrary] = useState<((photo: LibraryPhoto) => void) | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const formRef = useRef(form);
  formRef.current = form;

  const status = article?.status ?? 'DRAFT';
  const canEdit = permissions.edit;
  const change = useCallback((update: (current: FormState) => FormState) => {
    setForm(update);
    setChanges((n) => n + 1);
  }, []);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => change((current) => ({ ...current, [key]: value }));
  const live = status === 'PUBLISHED' || status === 'SCHEDULED';
  const onSaved = useCallback(
    (slug: string, correction: boolean) => {
      setForm((f) => (f.slug === slug ? f : { ...f, slug }));
      if (live && !correction) setPendingSaved(true);
    },
    [live],
  );
  const saver = useArticleSave({
    article,
    formRef,
    changes,
    bodyError,
    canEdit,
    autosaves: canEdit && (status === 'DRAFT' || status === 'RETURNED') && !loaded,
    initialMessage: loaded ? { kind: 'ok', text: 'Nội dung phiên bản cũ đã được nạp vào biểu mẫu. Bài chưa thay đổi cho đến khi bạn lưu.' } : null,
    onSaved,
  });
  const { errors, conflict, dirty, save } = saver;
  const leaveDialog = useLeaveGuard(dirty, save, saver.articleId !== null);

  useEffect(() => {
    // Back and Forward show a page as it was first loaded; a form older than what is stored
    // would only lead to a conflict, so it is loaded afresh instead.
    if (!article) return;
    void articleVersionAction(article.id).then((answer) => {
      if (answer.ok && answer.data !== null && answer.data > article.version) window.location.reload();
    });
  }, [article]);

  const addPhotos = useCallback(
    (photos: EditablePhoto[]) =>
      change((current) => {
        const fresh = photos.filter((photo) => !current.photos.some((p) => p.mediaId === photo.mediaId));
        return { ...current, photos: [...current.photos, ...fresh], leadMediaId: current.leadMediaId ?? fresh[0]?.mediaId ?? null };
      }),
    [change],
  );
  const photoUploads = useUploads<UploadedPhoto>('/api/quan-tri/anh', 25 * 1024 * 1024, 'Ảnh vượt quá 25 MB.', (uploaded) => addPhotos([newPhoto(uploaded)]));
  const pickFromLibrary = useCallback((photo: LibraryPhoto) => addPhotos([newPhoto(photo, { alt: photo.alt, caption: photo.caption, credit: photo.credit })]), [addPhotos]);
  const uploadPhotos = photoUploads.add;

  const host = useMemo<BodyHost>(
    () => ({
      photos: form.photos,
      canUpload: permissions.upload,
      uploadPhotos: async (files) => (await uploadPhotos(files)).map((photo) => photo.mediaId),
      captionPhoto: (mediaId, caption) => change((current) => ({ ...current, photos: current.photos.map((p) => (p.mediaId === mediaId ? { ...p, caption } : p)) })),
      openLibrary: (onPick) =>
        setLibrary(() => (photo: LibraryPhoto) => {
          pickFromLibrary(photo);
          onPick(photo.mediaId);
        }),
      editPhotoWords: (mediaId) => document.getElementById(`anh-${mediaId}-caption`)?.focus(),
      decisions,
    }),
    [form.photos, permissions.upload, uploadPhotos, change, pickFromLibrary, decisions],
  );

  const onReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);
  const onBody = useCallback(
    (result: BodyChange) => {
      setBodyError(result.ok ? null : result.message);
      if (result.ok) change((current) => ({ ...current, body: result.doc }));
    },
    [change],
  );
  const onPhotos = useCallback((update: (current: PhotoState) => PhotoState) => change((current) => ({ ...current, ...update({ photos: current.photos, leadMediaId: current.leadMediaId }) })), [change]);
  const removePhoto = (mediaId: number) => {
    const editor = editorRef.current;
    if (editor) {
      // Its places in the body go with it, in one step the editor can undo.
      const tr = editor.state.tr;
      editor.state.doc.forEach((block, offset) => {
        if (block.type.name === 'figure' && block.attrs.mediaId === mediaId) tr.delete(tr.mapping.map(offset), tr.mapping.map(offset + block.nodeSize));
      });
      if (tr.docChanged) editor.view.dispatch(tr);
    }
    change((current) => {
      const photos = current.photos.filter((p) => p.mediaId !== mediaId);
      return { ...current, photos, leadMediaId: current.leadMediaId === mediaId ? (photos[0]?.mediaId ?? null) : current.leadMediaId };
    });
  };

  const inBody = new Set(bodyFigureIds(form.body));
  const wordCount = words(bodyToText(form.body));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
      <form
        className="grid min-w-0 gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        aria-label="Nội dung bài viết"
      >
        {conflict && (
          <ConflictPanel
            theirs={conflict}
            mine={form}
            onKeepMine={() => {
              saver.versionRef.current = conflict.version;
              saver.setConflict(null);
              void save();
            }}
            onTakeTheirs={() => {
              if (window.confirm('Bỏ các thay đổi của bạn và dùng bản mới nhất trên máy chủ?')) window.location.reload();
            }}
          />
        )}
        {article && live && <PendingEditNotice articleId={article.id} slug={article.slug} pending={article.pending} savedNow={pendingSaved} />}
        <ArticleMainFields form={form} errors={errors} readOnly={!canEdit} siteName={siteName} change={change} />
        <div>
          <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
            <p id="nhan-noi-dung" className="font-medium">
              Nội dung
            </p>
            <p className="text-sm text-neutral-600" aria-live="polite">
              {formatNumber(wordCount)} từ
            </p>
          </div>
          <RichTextEditor initial={form.body} host={host} editable={canEdit} onChange={onBody} onReady={onReady} invalid={Boolean(errors.body || bodyError)} describedBy={errors.body || bodyError ? 'noi-dung-loi' : undefined} />
          <FieldError id="noi-dung-loi" messages={bodyError ? [bodyError] : errors.body} />
        </div>
        <PhotoManager
          photos={form.photos}
          leadMediaId={form.leadMediaId}
          canUpload={permissions.upload}
          errors={errors}
          uploads={photoUploads}
          inBody={inBody}
          onChange={onPhotos}
          onInsert={(mediaId) => editorRef.current && insertAtInsertionPoint(editorRef.current, [mediaId])}
          onRemove={removePhoto}
          onOpenLibrary={() => setLibrary(() => pickFromLibrary)}
        />
        <AttachmentManager files={form.attachments} canUpload={permissions.upload} errors={errors} onChange={(update) => change((current) => ({ ...current, attachments: update(current.attachments) }))} />
        {canEdit && <SavePanel variant="phone" saver={saver} status={status} wordCount={wordCount} />}
      </form>

      <aside className="grid content-start gap-4">
        <SavePanel
          variant="side"
          saver={saver}
          status={status}
          wordCount={wordCount}
          canEdit={canEdit}
          mayCorrectAlone={permissions.correctAlone}
          workflow={{
            permissions,
            publishedAt: form.publishedAt,
            returnComment: article?.returnComment ?? null,
            withdrawalReason: article?.withdrawalReason ?? null,
            onDone: () => router.refresh(),
            onDeleted: () => router.push('/quan-tri/bai-viet'),
          }}
        />
        <ArticleSideFields form={form} errors={errors} readOnly={!canEdit} sections={sections} tagSuggestions={tagSuggestions} canCreateTags={permissions.createTags} set={set} />
      </aside>
      {leaveDialog}
      <MediaLibraryDialog open={library !== null} inArticle={form.photos.map((p) => p.mediaId)} onClose={() => setLibrary(null)} onPick={(photo) => {
        library?.(photo);
        setLibrary(null);
      }} />
    </div>
  );
}
