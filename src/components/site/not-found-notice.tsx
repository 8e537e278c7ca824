import Link from 'next/link';

export function NotFoundNotice() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-3 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-neutral-700">
        Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại địa chỉ, hoặc xem các tin mới nhất.
      </p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/" className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
          Về trang chủ
        </Link>
        <Link href="/so-do-trang" className="rounded border border-neutral-300 px-4 py-2.5 font-medium hover:bg-neutral-50">
          Xem sơ đồ trang
        </Link>
      </p>
    </div>
  );
}
