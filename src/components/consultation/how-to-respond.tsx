import type { PublicConsultation } from '@/lib/consultations/public-consultations';

/** "Cách gửi ý kiến": the online form first, then the ways that need no computer. Shown only while open. */
export function HowToRespond({ consultation }: { consultation: PublicConsultation }) {
  const { contacts } = consultation;
  return (
    <section aria-labelledby="cach-gui-y-kien" className="no-print mt-8 rounded border-2 border-brand-700 p-4">
      <h2 id="cach-gui-y-kien" className="text-xl font-bold">Cách gửi ý kiến</h2>
      <p className="mt-3">
        <a href={`/lay-y-kien/${consultation.slug}/gop-y`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Gửi góp ý trực tuyến
        </a>
      </p>
      <p className="mt-3 text-[15px]">Hoặc gửi văn bản có chữ ký, ghi rõ họ tên, địa chỉ, số điện thoại, hoặc thư điện tử về:</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-[15px] sm:grid-cols-[10rem_1fr]">
        {contacts.receivingUnit && (
          <>
            <dt className="font-semibold">Nơi nhận</dt>
            <dd>{contacts.receivingUnit}</dd>
          </>
        )}
        {contacts.postalAddress && (
          <>
            <dt className="font-semibold">Địa chỉ</dt>
            <dd>{contacts.postalAddress}</dd>
          </>
        )}
        {contacts.email && (
          <>
            <dt className="font-semibold">Thư điện tử</dt>
            <dd>
              <a href={`mailto:${contacts.email}`} className="text-brand-700 underline">
                {contacts.email}
              </a>
            </dd>
          </>
        )}
        {contacts.phone && (
          <>
            <dt className="font-semibold">Điện thoại</dt>
            <dd>
              <a href={`tel:${contacts.phone.replace(/[^\d+]/g, '')}`} className="text-brand-700 underline">
                {contacts.phone}
              </a>
            </dd>
          </>
        )}
        {contacts.contactPerson && (
          <>
            <dt className="font-semibold">Người liên hệ</dt>
            <dd>{contacts.contactPerson}</dd>
          </>
        )}
      </dl>
      <p className="mt-3 text-sm text-neutral-700">Quá thời hạn trên, nếu không có ý kiến, danh sách được trình Hội đồng Thi đua – Khen thưởng xem xét. Danh tính người góp ý được giữ kín.</p>
    </section>
  );
}
