'use client';

import { useEffect, useState } from 'react';

// The editor area's line for a confirmation whose form is gone (a form removes itself when
// its step changes what the page offers: "Gửi duyệt", "Duyệt và công bố"). A status
// message, read out by screen readers; shown until dismissed or for 15 seconds.

const EVENT = 'portal:flash';

export function announceFlash(message: string) {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

export function FlashLine() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (event: Event) => {
      setMessage((event as CustomEvent<string>).detail);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(null), 15_000);
    };
    window.addEventListener(EVENT, show);
    return () => {
      window.removeEventListener(EVENT, show);
      clearTimeout(timer);
    };
  }, []);
  if (!message) return null;
  return (
    <div role="status" className="mb-4 flex items-start justify-between gap-3 rounded bg-green-50 p-3 text-sm text-green-900" data-flash="">
      <span>{message}</span>
      <button type="button" onClick={() => setMessage(null)} className="min-h-11 shrink-0 px-2 font-medium underline">
        Đóng
      </button>
    </div>
  );
}
