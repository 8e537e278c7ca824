import { ConsultationList } from '@/components/consultation/consultation-list';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { getWorkingCalendar } from '@/lib/consultations/calendar';
import { getClosedConsultations, getOpenConsultations } from '@/lib/consultations/public-consultations';
import { pageCount } from '@/lib/text/pagination';

/** /lay-y-kien and its pages: open now and upcoming on the first page, then those closed, newest first. */
export async function ConsultationIndex({ page }: { page: number }) {
  const now = new Date();
  const [calendar, current, closed] = await Promise.all([getWorkingCalendar(), getOpenConsultations(), getClosedConsultations(page)]);
  const pages = pageCount(closed.total);
  return (
    <div className="max-w-4xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Lấy ý kiến Nhân dân' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Lấy ý kiến Nhân dân về đề nghị khen thưởng</h1>
      <p className="mt-3 text-[15px] text-neutral-800">
        Trước khi đề nghị tặng Huân chương, danh hiệu vinh dự Nhà nước và một số hình thức khen thưởng cấp Nhà nước, danh sách cá nhân, tập thể được công khai ít nhất 10 ngày làm việc để Nhân dân góp ý (khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP). Ý kiến được tổng hợp, báo cáo Hội đồng Thi đua – Khen thưởng; danh tính người góp ý được giữ kín.
      </p>
      {page === 1 && (
        <>
          <section aria-labelledby="dang-lay-y-kien" className="mt-6">
            <h2 id="dang-lay-y-kien" className="text-xl font-bold">Đang lấy ý kiến</h2>
            {current.open.length > 0 ? (
              <ConsultationList items={current.open} calendar={calendar} now={now} />
            ) : (
              <p className="mt-2 text-neutral-700">Hiện không có đợt lấy ý kiến nào đang mở.</p>
            )}
          </section>
          {current.upcoming.length > 0 && (
            <section aria-labelledby="sap-lay-y-kien" className="mt-6">
              <h2 id="sap-lay-y-kien" className="text-xl font-bold">Sắp lấy ý kiến</h2>
              <ConsultationList items={current.upcoming} calendar={calendar} now={now} linked={false} />
            </section>
          )}
        </>
      )}
      <section aria-labelledby="da-ket-thuc" className="mt-6">
        <h2 id="da-ket-thuc" className="text-xl font-bold">
          Đã kết thúc{page > 1 ? ` (trang ${page})` : ''}
        </h2>
        {closed.items.length > 0 ? <ConsultationList items={closed.items} calendar={calendar} now={now} /> : <p className="mt-2 text-neutral-700">Chưa có đợt lấy ý kiến nào kết thúc.</p>}
        <Pagination basePath="/lay-y-kien" page={page} count={pages} />
      </section>
      <p className="mt-6 text-[15px]">
        Đã gửi góp ý? <a href="/tra-cuu-gop-y" className="text-brand-700 underline">Tra cứu tình trạng xử lý bằng mã tiếp nhận</a>. Theo dõi các đợt mới qua{' '}
        <a href="/lay-y-kien/rss.xml" className="text-brand-700 underline">RSS</a>.
      </p>
    </div>
  );
}
