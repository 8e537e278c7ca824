import Link from 'next/link';
import type { SiteSettingsView } from '@/lib/content/settings';
import type { MenuLink } from '@/lib/site/menus';

export function SiteFooter({ settings, links }: { settings: SiteSettingsView; links: MenuLink[] }) {
  const lines: [string, string][] = [
    ['Cơ quan chủ quản', settings.managingAgency],
    ['Chịu trách nhiệm chính', settings.responsiblePerson],
    ['Địa chỉ', settings.address],
    ['Điện thoại', settings.phone],
    ['Giấy phép', settings.licence],
  ];
  return (
    <footer className="no-print mt-12 border-t-4 border-gold-400 bg-brand-900 text-neutral-100">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm sm:grid-cols-[2fr_1fr]">
        <div className="space-y-1.5">
          <p className="text-base font-bold uppercase">{settings.agencyName}</p>
          <dl className="space-y-1">
            {lines
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt className="inline font-medium text-gold-300">{label}: </dt>
                  <dd className="inline">{value}</dd>
                </div>
              ))}
            {settings.email && (
              <div>
                <dt className="inline font-medium text-gold-300">Thư điện tử: </dt>
                <dd className="inline">
                  <a href={`mailto:${settings.email}`} className="underline underline-offset-2">
                    {settings.email}
                  </a>
                </dd>
              </div>
            )}
          </dl>
        </div>
        <nav aria-label="Liên kết chân trang">
          <ul className="space-y-1.5">
            {links.map((link) => (
              <li key={`${link.href}-${link.label}`}>
                {link.href.startsWith('/') && !link.href.endsWith('.xml') ? (
                  <Link href={link.href} className="underline-offset-2 hover:underline">
                    {link.label}
                  </Link>
                ) : (
                  <a href={link.href} className="underline-offset-2 hover:underline">
                    {link.label}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {settings.footerNote && <p className="mx-auto max-w-6xl px-4 pb-4 text-sm text-neutral-200">{settings.footerNote}</p>}
      <p className="border-t border-white/15 py-3 text-center text-xs text-neutral-300">
        Ghi rõ nguồn “{settings.siteName}” khi phát hành lại thông tin từ cổng này.
      </p>
    </footer>
  );
}
