'use client';

import Link from 'next/link';

// Shown when a page cannot be rendered (the server answers 503 when the database is
// down). Never shows the error itself: details are in the server log.
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="status" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">Trang tạm thời chưa hiển thị được</h1>
      <p className="mt-3 text-neutral-700">
        Hệ thống đang bận hoặc đang được bảo trì. Vui lòng thử lại sau ít phút. Chúng tôi xin lỗi vì sự bất tiện này.
      </p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
          Thử lại
        </button>
        <Link href="/" className="rounded border border-neutral-300 px-4 py-2.5 font-medium hover:bg-neutral-50">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
