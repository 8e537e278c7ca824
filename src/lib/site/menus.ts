import 'server-only';
import { unstable_cache } from 'next/cache';
import type { MenuPlace } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import type { SectionInfo } from '@/lib/content/sections';
import type { SiteImage } from '@/lib/content/settings';
import { readerDb } from '@/lib/db';

// The menus every page shows and the "Liên kết website" block, as administrators set them
// (src/lib/site/menu-admin.ts). A menu nobody has set up yet is built from the sections
// and the portal's own pages, so a new portal is never without navigation.

export type MenuLink = { label: string; href: string };
export type WebsiteLinkView = { id: number; name: string; url: string; logo: SiteImage | null };

async function loadMenus(): Promise<Record<MenuPlace, MenuLink[]>> {
  const rows = await readerDb.menuItem.findMany({ orderBy: [{ place: 'asc' }, { position: 'asc' }, { id: 'asc' }], select: { place: true, label: true, href: true } });
  return { MAIN: rows.filter((row) => row.place === 'MAIN'), FOOTER: rows.filter((row) => row.place === 'FOOTER') };
}

/** Menu changes announce every page old (the frame shows them), which also clears this. */
export const getMenus = unstable_cache(loadMenus, ['site-menus'], { tags: [TAGS.settings], revalidate: SAFETY_REVALIDATE_SECONDS });

/** The main navigation before an administrator has set one: home, sections, the portal's sections of record. */
export function defaultMainMenu(sections: Pick<SectionInfo, 'name' | 'slug'>[]): MenuLink[] {
  return [
    { label: 'Trang chủ', href: '/' },
    { label: 'Giới thiệu', href: '/gioi-thieu' },
    ...sections.map((section) => ({ label: section.name, href: `/chuyen-muc/${section.slug}` })),
    { label: 'Lấy ý kiến', href: '/lay-y-kien' },
    { label: 'Tra cứu khen thưởng', href: '/tra-cuu-khen-thuong' },
    { label: 'Văn bản', href: '/van-ban' },
    { label: 'Dịch vụ công', href: '/thu-tuc-hanh-chinh' },
    { label: 'Hỏi đáp', href: '/hoi-dap' },
  ];
}

export const DEFAULT_FOOTER_MENU: MenuLink[] = [
  { label: 'Giới thiệu', href: '/gioi-thieu' },
  { label: 'Liên hệ', href: '/lien-he' },
  { label: 'Sơ đồ trang', href: '/so-do-trang' },
  { label: 'English', href: '/en' },
  { label: 'Tin mới qua RSS', href: '/rss.xml' },
  { label: 'Đăng nhập biên tập', href: '/dang-nhap' },
];

async function loadWebsiteLinks(): Promise<WebsiteLinkView[]> {
  const rows = await readerDb.websiteLink.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { logo: { select: { id: true, storageKey: true, width: true, height: true } } } });
  return rows.map((row) => ({ id: row.id, name: row.name, url: row.url, logo: row.logo ? { mediaId: row.logo.id, storageKey: row.logo.storageKey, width: row.logo.width, height: row.logo.height } : null }));
}

export const getWebsiteLinks = unstable_cache(loadWebsiteLinks, ['website-links'], { tags: [TAGS.settings], revalidate: SAFETY_REVALIDATE_SECONDS });
