import Link from 'next/link';
import type { SiteSettingsView } from '@/lib/content/settings';
import { imageUrl } from '@/lib/media/variants';
import type { MenuLink } from '@/lib/site/menus';
import { MastheadSearch } from '@/components/search/masthead-search';
import { Emblem } from './emblem';
import { SectionNavLink } from './section-nav-link';

type Props = { settings: SiteSettingsView; menu: MenuLink[] };

export function Masthead({ settings, menu }: Props) {
  const banner = settings.banner ? `url(${imageUrl(settings.banner.storageKey, { kind: 'width', width: 1600, format: 'jpg' })})` : undefined;
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
      {/* The banner image, when set, lies under a dark wash so the name keeps its contrast. */}
      <div
        className="border-b-4 border-gold-400 bg-gradient-to-r from-brand-800 via-brand-700 to-brand-600 bg-cover bg-center text-white"
        style={banner ? { backgroundImage: `linear-gradient(to right, rgb(90 14 10 / 0.92), rgb(120 20 15 / 0.78)), ${banner}` } : undefined}
      >
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:gap-4 sm:py-5">
          <Link href="/" className="flex items-center gap-3 sm:gap-4">
            {settings.logo ? (
              // The name beside it says who this is: the logo is decorative.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={imageUrl(settings.logo.storageKey, { kind: 'width', width: 320, format: 'webp' })} alt="" width={52} height={Math.round((52 * settings.logo.height) / settings.logo.width)} className="h-[52px] w-auto" data-site-logo="" />
            ) : (
              <Emblem size={52} />
            )}
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
      <nav aria-label="Menu chính" className="border-b border-neutral-200 bg-white">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-[15px] font-medium whitespace-nowrap">
          {menu.map((item) => (
            <li key={`${item.href}-${item.label}`}>
              {item.href.startsWith('/') ? (
                <SectionNavLink href={item.href}>{item.label}</SectionNavLink>
              ) : (
                <a href={item.href} rel="noopener" className="block border-b-2 border-transparent px-3 py-3 text-neutral-800 hover:bg-brand-50 hover:text-brand-700">
                  {item.label}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
