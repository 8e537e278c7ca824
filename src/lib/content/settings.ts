import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { readerDb } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/errors';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';

export type SiteSettingsView = {
  siteName: string;
  agencyName: string;
  parentAgency: string;
  description: string;
  managingAgency: string;
  responsiblePerson: string;
  address: string;
  phone: string;
  email: string;
  licence: string;
};

/** What the masthead shows before an administrator has filled in the settings. */
export const DEFAULT_SETTINGS: SiteSettingsView = {
  siteName: 'Thi đua – Khen thưởng',
  agencyName: 'Ban Thi đua – Khen thưởng tỉnh',
  parentAgency: 'Sở Nội vụ',
  description: 'Cổng thông tin điện tử về công tác thi đua, khen thưởng của tỉnh.',
  managingAgency: '',
  responsiblePerson: '',
  address: '',
  phone: '',
  email: '',
  licence: '',
};

const readSettings = unstable_cache(
  async (): Promise<SiteSettingsView> => {
    const row = await readerDb.siteSettings.findUnique({ where: { id: 1 } });
    if (!row) return DEFAULT_SETTINGS;
    const { id: _id, commentWindowDays: _days, updatedAt: _updatedAt, ...view } = row;
    return view;
  },
  ['site-settings'],
  { tags: [TAGS.settings], revalidate: SAFETY_REVALIDATE_SECONDS },
);

/**
 * Site settings for every page's masthead and footer. With the database down the
 * defaults are used, so the error page around a failed read still has its frame.
 */
export const getSiteSettings = cache(async (): Promise<SiteSettingsView> => {
  try {
    return await readSettings();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return DEFAULT_SETTINGS;
    throw error;
  }
});
