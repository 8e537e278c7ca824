import type { ReactNode } from 'react';
import { getSections } from '@/lib/content/sections';
import { getSiteSettings } from '@/lib/content/settings';
import { whenDatabaseDown } from '@/lib/content/resilient';
import { DEFAULT_FOOTER_MENU, defaultMainMenu, getMenus } from '@/lib/site/menus';
import { RatingWidget } from '@/components/feedback/rating-widget';
import { getMaintenanceNotice } from '@/lib/site/maintenance';
import { MaintenanceBanner } from './maintenance-banner';
import { Masthead } from './masthead';
import { SiteFooter } from './site-footer';

/** Masthead, main landmark and footer around every public page. */
export async function SiteFrame({ children }: { children: ReactNode }) {
  const [settings, sections, menus, maintenance] = await Promise.all([getSiteSettings(), whenDatabaseDown(getSections(), []), whenDatabaseDown(getMenus(), { MAIN: [], FOOTER: [] }), whenDatabaseDown(getMaintenanceNotice(), null)]);
  const main = menus.MAIN.length > 0 ? menus.MAIN : defaultMainMenu(sections);
  const footer = menus.FOOTER.length > 0 ? menus.FOOTER : DEFAULT_FOOTER_MENU;
  return (
    <>
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-700"
      >
        Bỏ qua, đến nội dung chính
      </a>
      <MaintenanceBanner notice={maintenance} />
      <Masthead settings={settings} menu={main} />
      <main id="noi-dung" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
      <RatingWidget />
      <SiteFooter settings={settings} links={footer} />
    </>
  );
}
