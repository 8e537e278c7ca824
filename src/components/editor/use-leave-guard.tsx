'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';

// Leaving the article form with unsaved changes always asks first, however one leaves:
// - closing or reloading the tab, typing an address, following a link off the site:
//   the browser's own question (beforeunload);
// - a link inside the portal (the editor menu, breadcrumbs, "Xem trên cổng"), or a button
//   marked data-leaves-page (sign out): our dialog, with "save, then go";
// - the Back button, once the article has its own address: one extra history entry with
//   the same address is kept on top while there are changes, so Back lands on it and our
//   dialog asks. (A new article's address changes at its first save, so it has none yet.)

type Leave = { go: () => void };

let bypass = false;

export function useLeaveGuard(dirty: boolean, save: () => Promise<boolean>, guardHistory: boolean) {
  const router = useRouter();
  const [pending, setPending] = useState<Leave | null>(null);
  const [saving, setSaving] = useState(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  /** Whether the extra history entry is the current one. */
  const onGuardEntry = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    if (guardHistory && !onGuardEntry.current) {
      window.history.pushState(window.history.state, '', window.location.href);
      onGuardEntry.current = true;
    }
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, guardHistory]);

  useEffect(() => {
    const onPopState = () => {
      if (!onGuardEntry.current) return;
      onGuardEntry.current = false;
      if (!dirtyRef.current) {
        // Saved since: the Back press that landed here goes on where it was meant to.
        window.history.back();
        return;
      }
      window.history.pushState(window.history.state, '', window.location.href);
      onGuardEntry.current = true;
      setPending({
        go: () => {
          onGuardEntry.current = false;
          window.history.go(-2);
        },
      });
    };
    const onClick = (event: MouseEvent) => {
      if (bypass || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest<HTMLElement>('[data-leaves-page]');
      const link = target?.closest<HTMLAnchorElement>('a[href]');
      if (button && dirtyRef.current) {
        event.preventDefault();
        event.stopPropagation();
        setPending({
          go: () => {
            bypass = true;
            button.click();
            bypass = false;
          },
        });
        return;
      }
      if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      if (!dirtyRef.current && !onGuardEntry.current) return;
      event.preventDefault();
      event.stopPropagation();
      // From the extra entry, the next page takes its place: Back then goes where it should.
      const go = () => {
        onGuardEntry.current = false;
        router.replace(`${url.pathname}${url.search}${url.hash}`);
      };
      if (dirtyRef.current) setPending({ go });
      else go();
    };
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick, true);
    };
  }, [router]);

  const leave = (action: Leave) => {
    setPending(null);
    dirtyRef.current = false;
    action.go();
  };

  return (
    <ModalDialog open={pending !== null} title="Bài có thay đổi chưa lưu" onClose={() => setPending(null)}>
      <p>Nếu rời trang bây giờ, các thay đổi chưa lưu sẽ mất.</p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <button type="button" autoFocus onClick={() => setPending(null)} className="min-h-11 rounded border border-neutral-400 px-4">
          Ở lại trang
        </button>
        <button type="button" onClick={() => pending && leave(pending)} className="min-h-11 rounded border border-red-300 px-4 text-red-800">
          Rời trang, bỏ thay đổi
        </button>
        <button
          type="button"
          disabled={saving}
          onClick={async () => {
            if (!pending) return;
            setSaving(true);
            const saved = await save();
            setSaving(false);
            if (saved) leave(pending);
            else setPending(null);
          }}
          className="min-h-11 rounded bg-brand-700 px-4 font-bold text-white disabled:opacity-60"
        >
          {saving ? 'Đang lưu…' : 'Lưu rồi rời trang'}
        </button>
      </div>
    </ModalDialog>
  );
}
