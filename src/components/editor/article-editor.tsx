'use client';

import type { Editor, JSONContent } from '@tiptap/core';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveArticleAction } from '@/app/quan-tri/article-actions';
import type { EditableArticle } from '@/lib/editor/editable-article';
import { formStateOf, toInput, type FormState } from '@/lib/editor/form-state';
import { slugify } from '@/lib/text/slug';
import { AttachmentManager } from './attachment-manager';
import { ConflictPanel } from './conflict-panel';
import { FieldError } from './field-error';
import { PhotoManager, type PhotoState } from './photo-manager';
import { RichTextEditor } from './rich-text-editor';
import { ArticleSideFields } from './article-side-fields';
import { WorkflowPanel, type WorkflowPermissions } from './workflow-panel';

type Props = {
  article: EditableArticle | null;
  /** A revision's content loaded into the form (not saved yet). */
  loaded?: FormState | null;
  sections: { id: number; name: string }[];
  tagSuggestions: string[];
  permissions: WorkflowPermissions & { upload: boolean; createTags: boolean };
  defaultByline: string;
};

const AUTOSAVE_MS = 3000;
import { border, input } from './field-style';

export function ArticleEditor({ article, loaded, sections, tagSuggestions, permissions, defaultByline }: Props) {
  const router = useRouter();
  const [form, setForm] = useState<FormState>(
    () =>
      loaded ??
      (article
        ? formStateOf(article)
        : { title: '', slug: '', slugEdited: false, sapo: '', source: '', byline: defaultByline, sectionId: 0, tags: [], publishedAt: '', body: { type: 'doc', content: [{ type: 'paragraph' }] }, leadMediaId: null, photos: [], attachments: [] }),
  );
  const [articleId, setArticleId] = useState<number | null>(article?.id ?? null);
  const versionRef = useRef(article?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(loaded ? { kind: 'ok', text: 'Nội dung phiên bản cũ đã được nạp vào biểu mẫu. Bài chưa thay đổi cho đến khi bạn lưu.' } : null);
  const [conflict, setConflict] = useState<EditableArticle | null>(null);
  const [saving, setSaving] = useState(false);
  const [changes, setChanges] = useState(loaded ? 1 : 0);
  const [savedChanges, setSavedChanges] = useState(0);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const formRef = useRef(form);
  formRef.current = form;
  const changesRef = useRef(changes);
  changesRef.current = changes;
  const savingRef = useRef(false);

  const status = article?.status ?? 'DRAFT';
  const dirty = changes !== savedChanges;
  const canEdit = permissions.edit;
  const autosaves = canEdit && (status === 'DRAFT' || status === 'RETURNED') && !loaded;

  const change = useCallback((update: (current: FormState) => FormState) => {
    setForm((current) => update(current));
    setChanges((n) => n + 1);
  }, []);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => change((current) => ({ ...current, [key]: value }));

  const save = useCallback(
    async (auto = false): Promise<boolean> => {
      if (savingRef.current) return false;
      const current = formRef.current;
      if (auto && (!current.title.trim() || !current.sectionId)) return false;
      savingRef.current = true;
      setSaving(true);
      const startedAt = changesRef.current;
      const result = await saveArticleAction(articleId, versionRef.current, toInput(current)).catch(() => null);
      savingRef.current = false;
      setSaving(false);
      if (!result) {
        setMessage({ kind: 'error', text: 'Mất kết nối; bài chưa được lưu. Nội dung vẫn còn trên trang, vui lòng thử lại.' });
        return false;
      }
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ kind: 'error', text: result.error });
        if (result.conflict) setConflict(result.conflict);
        return false;
      }
      versionRef.current = result.data.version;
      if (articleId === null) {
        setArticleId(result.data.id);
        window.history.replaceState(null, '', `/quan-tri/bai-viet/${result.data.id}`);
      }
      setForm((f) => (f.slug === result.data.slug ? f : { ...f, slug: result.data.slug }));
      setErrors({});
      setConflict(null);
      setSavedChanges(startedAt);
      setSavedAt(new Date());
      setMessage(auto ? null : { kind: 'ok', text: 'Đã lưu.' });
      return true;
    },
    [articleId],
  );

  useEffect(() => {
    if (!autosaves || !dirty || conflict) return;
    const timer = setTimeout(() => void save(true), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [autosaves, dirty, conflict, changes, save]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  const onBody = useCallback((body: JSONContent) => change((current) => ({ ...current, body })), [change]);
  const onPhotos = useCallback(
    (update: (current: PhotoState) => PhotoState) =>
      change((current) => {
        const next = update({ photos: current.photos, leadMediaId: current.leadMediaId });
        return { ...current, ...next };
      }),
    [change],
  );

  const titleError = errors.title;
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
              versionRef.current = conflict.version;
              setConflict(null);
              void save();
            }}
            onTakeTheirs={() => {
              if (window.confirm('Bỏ các thay đổi của bạn và dùng bản mới nhất trên máy chủ?')) window.location.reload();
            }}
          />
        )}
        <div>
          <label htmlFor="tieu-de" className="font-medium">
            Tiêu đề <span className="text-red-700">*</span>
          </label>
          <textarea
            id="tieu-de"
            rows={2}
            value={form.title}
            readOnly={!canEdit}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? 'tieu-de-loi' : undefined}
            onChange={(event) => {
              const title = event.target.value.replace(/\n/g, ' ');
              change((current) => ({ ...current, title, slug: current.slugEdited ? current.slug : slugify(title) }));
            }}
            className={`${input} ${border(titleError)} text-xl font-bold`}
          />
          <FieldError id="tieu-de-loi" messages={titleError} />
        </div>
        <div>
          <label htmlFor="duong-dan" className="font-medium">
            Đường dẫn
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-neutral-600">/bai-viet/</span>
            <input
              id="duong-dan"
              value={form.slug}
              readOnly={!canEdit}
              aria-invalid={errors.slug ? true : undefined}
              aria-describedby="duong-dan-goi-y"
              onChange={(event) => change((current) => ({ ...current, slug: event.target.value, slugEdited: true }))}
              className={`${input} ${border(errors.slug)} min-w-0 flex-1 font-mono text-sm`}
            />
            {canEdit && (
              <button type="button" onClick={() => change((current) => ({ ...current, slug: slugify(current.title), slugEdited: false }))} className="rounded border border-neutral-400 px-3 py-2 text-sm">
                Tạo lại từ tiêu đề
              </button>
            )}
          </div>
          <p id="duong-dan-goi-y" className="mt-1 text-sm text-neutral-600">
            Chữ thường không dấu và dấu gạch ngang. Đổi đường dẫn của bài đã đăng thì địa chỉ cũ vẫn tự chuyển về địa chỉ mới.
          </p>
          <FieldError id="duong-dan-loi" messages={errors.slug} />
        </div>
        <div>
          <label htmlFor="sapo" className="font-medium">
            Sapo (đoạn mở đầu, in đậm)
          </label>
          <textarea id="sapo" rows={3} value={form.sapo} readOnly={!canEdit} aria-invalid={errors.sapo ? true : undefined} aria-describedby={errors.sapo ? 'sapo-loi' : undefined} onChange={(event) => set('sapo', event.target.value)} className={`${input} ${border(errors.sapo)} font-bold`} />
          <FieldError id="sapo-loi" messages={errors.sapo} />
        </div>
        <div>
          <p id="nhan-noi-dung" className="mb-1 font-medium">
            Nội dung
          </p>
          <RichTextEditor initial={form.body} photos={form.photos} onChange={onBody} onReady={onReady} invalid={Boolean(errors.body)} describedBy={errors.body ? 'noi-dung-loi' : undefined} />
          <FieldError id="noi-dung-loi" messages={errors.body} />
        </div>
        <PhotoManager
          photos={form.photos}
          leadMediaId={form.leadMediaId}
          canUpload={permissions.upload}
          errors={errors}
          onChange={onPhotos}
          onInsert={(mediaId) => editorRef.current?.chain().focus().insertContent({ type: 'figure', attrs: { mediaId } }).run()}
        />
        <AttachmentManager files={form.attachments} canUpload={permissions.upload} errors={errors} onChange={(update) => change((current) => ({ ...current, attachments: update(current.attachments) }))} />
        {canEdit && (
          // On a phone the side panel comes after the whole form: saving stays in reach.
          <div className="sticky bottom-0 -mx-4 flex items-center justify-between gap-3 border-t border-neutral-300 bg-white px-4 py-2 lg:hidden">
            <span className="text-sm text-neutral-700">{saving ? 'Đang lưu…' : dirty ? 'Chưa lưu' : 'Đã lưu'}</span>
            <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand-700 px-5 font-bold text-white disabled:opacity-60">
              Lưu
            </button>
          </div>
        )}
      </form>

      <aside className="grid content-start gap-4 lg:sticky lg:top-4">
        <div aria-live="polite" className="min-h-6 text-sm">
          {saving ? 'Đang lưu…' : dirty ? 'Có thay đổi chưa lưu.' : savedAt ? `Đã lưu lúc ${savedAt.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })}.` : articleId ? 'Không có thay đổi.' : ''}
          {autosaves && <span className="block text-neutral-600">Bản nháp tự lưu sau vài giây ngừng gõ.</span>}
        </div>
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={`rounded p-3 text-sm ${message.kind === 'error' ? 'bg-red-50 text-red-900' : 'bg-green-50 text-green-900'}`}>
            {message.text}
          </p>
        )}
        {canEdit && (
          <button type="button" disabled={saving} onClick={() => void save()} className="min-h-11 rounded bg-brand-700 px-4 font-bold text-white hover:bg-brand-800 disabled:opacity-60">
            {status === 'PUBLISHED' || status === 'SCHEDULED' ? 'Lưu và cập nhật bài đang đăng' : 'Lưu'}
          </button>
        )}
        <WorkflowPanel
          articleId={articleId}
          status={status}
          versionRef={versionRef}
          publishedAt={form.publishedAt}
          permissions={permissions}
          returnComment={article?.returnComment ?? null}
          withdrawalReason={article?.withdrawalReason ?? null}
          saveFirst={async () => (dirty || articleId === null ? save() : true)}
          onDone={(text) => {
            setMessage({ kind: 'ok', text });
            router.refresh();
          }}
          onError={(text, fieldErrors) => {
            setMessage({ kind: 'error', text });
            setErrors(fieldErrors ?? {});
          }}
          onDeleted={() => router.push('/quan-tri/bai-viet')}
        />
        <ArticleSideFields form={form} errors={errors} readOnly={!canEdit} sections={sections} tagSuggestions={tagSuggestions} canCreateTags={permissions.createTags} set={set} />
      </aside>
    </div>
  );
}
