import Link from 'next/link';
import type { SectionInfo } from '@/lib/content/sections';
import type { SiteSettingsView } from '@/lib/content/settings';
import { MastheadSearch } from '@/components/search/masthead-search';
import { Emblem } from './emblem';
import { SectionNavLink } from './section-nav-link';

type Props = { settings: SiteSettingsView; sections: SectionInfo[] };

export function Masthead({ settings, sections }: Props) {
  return (
    <header className="no-print">
      <div className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-1.5 text-sm">
          <span className="truncate">{settings.parentAgency}</span>
          <Link href="/dang-nhap" className="shrink-0 font-medium underline-offset-4 hover:underline">
            Đăng nhập
          </Link>
        </div>
      </div>
      <div className="border-b-4 border-gold-400 bg-gradient-to-r from-brand-800 via-brand-700 to-brand-600 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:gap-4 sm:py-5">
          <Link href="/" className="flex items-center gap-3 sm:gap-4">
            <Emblem size={52} />
            <span className="flex flex-col">
              <span className="text-xs font-medium tracking-wide text-gold-300 uppercase sm:text-sm">
                {settings.siteName}
              </span>
              <span className="text-lg leading-tight font-bold uppercase sm:text-2xl">{settings.agencyName}</span>
            </span>
          </Link>
          <MastheadSearch />
        </div>
      </div>
      <nav aria-label="Chuyên mục" className="border-b border-neutral-200 bg-white">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-[15px] font-medium whitespace-nowrap">
          <li>
            <SectionNavLink href="/">Trang chủ</SectionNavLink>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <SectionNavLink href={`/chuyen-muc/${section.slug}`}>{section.name}</SectionNavLink>
            </li>
          ))}
          <li>
            <SectionNavLink href="/lay-y-kien">Lấy ý kiến</SectionNavLink>
          </li>
          <li>
            <SectionNavLink href="/tra-cuu-khen-thuong">Tra cứu khen thưởng</SectionNavLink>
          </li>
          <li>
            <SectionNavLink href="/danh-hieu-khen-thuong">Danh hiệu</SectionNavLink>
          </li>
          <li>
            <SectionNavLink href="/van-ban">Văn bản</SectionNavLink>
          </li>
          <li>
            <SectionNavLink href="/thu-tuc-hanh-chinh">Dịch vụ công</SectionNavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
