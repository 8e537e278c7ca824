import Link from 'next/link';
import { ValidityBadge } from '@/components/documents/validity-badge';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { documentTitle } from '@/lib/documents/document-labels';
import type { DocumentWithValidity } from '@/lib/documents/public-documents';
import { imageUrl } from '@/lib/media/variants';
import type { WebsiteLinkView } from '@/lib/site/menus';

/** The newest documents of the register, with their validity today. */
export function LatestDocuments({ documents }: { documents: DocumentWithValidity[] }) {
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="van-ban-moi">
      <h2 id="van-ban-moi" className="border-b-2 border-brand-700 pb-2">
        <Link href="/van-ban" className="text-lg font-bold text-brand-700 uppercase hover:underline">
          Văn bản mới
        </Link>
      </h2>
      <ul>
        {documents.map((document) => (
          <li key={document.slug} className="border-b border-neutral-200 py-3 last:border-b-0">
            <Link href={`/van-ban/${document.slug}`} className="font-semibold hover:text-brand-700">
              {documentTitle(document)}
            </Link>
            <p className="text-[15px]">{document.summary}</p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-neutral-700">
              <ValidityBadge validity={document.state.validity} /> Ban hành {formatCalendarDate(document.issuedOn)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

const SERVICES = [
  { href: '/tra-cuu-khen-thuong', label: 'Tra cứu khen thưởng', note: 'Tìm cá nhân, tập thể được khen theo tên, năm, xã phường' },
  { href: '/thu-tuc-hanh-chinh', label: 'Thủ tục hành chính', note: 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia' },
  { href: '/bieu-mau', label: 'Biểu mẫu', note: 'Báo cáo thành tích, tờ trình, danh sách đề nghị' },
  { href: '/van-ban', label: 'Văn bản', note: 'Luật, nghị định, văn bản của tỉnh và tình trạng hiệu lực' },
  { href: '/hoi-dap', label: 'Hỏi đáp', note: 'Đặt câu hỏi, tra cứu câu trả lời bằng mã tiếp nhận' },
  { href: '/lien-he', label: 'Liên hệ', note: 'Địa chỉ, điện thoại, giờ làm việc' },
];

/** Shortcuts to the portal's services. */
export function ServiceLinks() {
  return (
    <section aria-labelledby="tien-ich">
      <h2 id="tien-ich" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-700 uppercase">
        Tiện ích
      </h2>
      <ul className="mt-2 grid gap-2">
        {SERVICES.map((service) => (
          <li key={service.href}>
            <Link href={service.href} className="block rounded border border-neutral-300 px-3 py-2 hover:border-brand-700 hover:bg-brand-50">
              <span className="font-semibold text-brand-700">{service.label}</span>
              <span className="block text-sm text-neutral-700">{service.note}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Liên kết website": related portals, each with its logo. */
export function WebsiteLinks({ links }: { links: WebsiteLinkView[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="lien-ket-website" className="mt-10">
      <h2 id="lien-ket-website" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-700 uppercase">
        Liên kết website
      </h2>
      <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="noopener" className="flex min-h-16 items-center gap-3 rounded border border-neutral-300 p-2 hover:border-brand-700">
              {link.logo && (
                // The name beside it says where the link goes: the logo is decorative.
                // eslint-disable-next-line @next/next/no-img-element
                <img src={imageUrl(link.logo.storageKey, { kind: 'width', width: 320, format: 'webp' })} alt="" width={40} height={40} loading="lazy" className="h-10 w-10 shrink-0 object-contain" />
              )}
              <span className="text-sm font-medium">{link.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
