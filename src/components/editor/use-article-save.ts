'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { saveArticleAction } from '@/app/quan-tri/article-actions';
import type { EditableArticle } from '@/lib/editor/editable-article';
import { toInput, type FormState } from '@/lib/editor/form-state';

const AUTOSAVE_MS = 3000;

type Options = {
  article: EditableArticle | null;
  /** The form as it is now (a ref, so saving never works on a stale copy). */
  formRef: RefObject<FormState>;
  /** Counts every change to the form; saving records the count it saved. */
  changes: number;
  /** A body the editor could not turn into the stored form: saving is refused with it. */
  bodyError: string | null;
  canEdit: boolean;
  autosaves: boolean;
  initialMessage: Message | null;
  onSaved: (slug: string, correction: boolean) => void;
};

export type Message = { kind: 'ok' | 'error'; text: string };

/** Saving the article form: by hand, with Ctrl+S / ⌘S, and on its own a few seconds after typing stops. */
export function useArticleSave({ article, formRef, changes, bodyError, canEdit, autosaves, initialMessage, onSaved }: Options) {
  const [articleId, setArticleId] = useState<number | null>(article?.id ?? null);
  const versionRef = useRef(article?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<Message | null>(initialMessage);
  const [conflict, setConflict] = useState<EditableArticle | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedChanges, setSavedChanges] = useState(0);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const savingRef = useRef(false);
  /** An approver's small correction of a live article, published alone (where allowed). */
  const [correction, setCorrection] = useState(false);
  const correctionRef = useRef(correction);
  correctionRef.current = correction;
  const changesRef = useRef(changes);
  changesRef.current = changes;
  const dirty = changes !== savedChanges;

  const save = useCallback(
    async (auto = false): Promise<boolean> => {
      if (savingRef.current) return false;
      const current = formRef.current;
      if (auto && (!current.title.trim() || !current.sectionId)) return false;
      if (bodyError) {
        setErrors({ body: [bodyError] });
        setMessage({ kind: 'error', text: 'Chưa lưu được: nội dung có phần không lưu được, xem ô Nội dung.' });
        return false;
      }
      savingRef.current = true;
      setSaving(true);
      const startedAt = changesRef.current;
      const result = await saveArticleAction(articleId, versionRef.current, toInput(current), { autosave: auto, correction: correctionRef.current }).catch(() => null);
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
      onSaved(result.data.slug, correctionRef.current);
      setErrors({});
      setConflict(null);
      setSavedChanges(startedAt);
      setSavedAt(new Date());
      const live = result.data.status === 'PUBLISHED' || result.data.status === 'SCHEDULED';
      const text = !live ? 'Đã lưu.' : correctionRef.current ? 'Đã lưu và đăng sửa chữa nhỏ (đã ghi nhật ký).' : 'Đã lưu bản sửa. Trang công khai giữ bản đã duyệt cho đến khi người thứ hai duyệt bản sửa.';
      setMessage(auto ? null : { kind: 'ok', text });
      return true;
    },
    [articleId, bodyError, formRef, onSaved],
  );

  useEffect(() => {
    if (!autosaves || !dirty || conflict) return;
    const timer = setTimeout(() => void save(true), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [autosaves, dirty, conflict, changes, save]);

  useEffect(() => {
    if (!canEdit) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canEdit, save]);

  return { articleId, versionRef, errors, setErrors, message, setMessage, conflict, setConflict, saving, dirty, savedAt, save, correction, setCorrection };
}
