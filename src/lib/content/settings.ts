import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { readerDb } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/errors';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';

/** The settings administrators type. */
export type SiteTextSettings = {
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
  officeHours: string;
  mapUrl: string;
  footerNote: string;
};

export type SiteImage = { mediaId: number; storageKey: string; width: number; height: number };

/** Everything the frame of every page shows: the typed settings, the logo and the banner. */
export type SiteSettingsView = SiteTextSettings & { logo: SiteImage | null; banner: SiteImage | null };

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
  officeHours: '',
  mapUrl: '',
  footerNote: '',
  logo: null,
  banner: null,
};

const imageSelect = { id: true, storageKey: true, width: true, height: true } as const;
const imageOf = (media: { id: number; storageKey: string; width: number; height: number } | null): SiteImage | null =>
  media ? { mediaId: media.id, storageKey: media.storageKey, width: media.width, height: media.height } : null;

/** The settings row as the frame shows it (shared by the public read and the settings page). */
export async function loadSettingsView(client: Pick<typeof readerDb, 'siteSettings'>): Promise<SiteSettingsView> {
  const row = await client.siteSettings.findUnique({ where: { id: 1 }, include: { logo: { select: imageSelect }, banner: { select: imageSelect } } });
  if (!row) return DEFAULT_SETTINGS;
  return {
    siteName: row.siteName,
    agencyName: row.agencyName,
    parentAgency: row.parentAgency,
    description: row.description,
    managingAgency: row.managingAgency,
    responsiblePerson: row.responsiblePerson,
    address: row.address,
    phone: row.phone,
    email: row.email,
    licence: row.licence,
    officeHours: row.officeHours,
    mapUrl: row.mapUrl,
    footerNote: row.footerNote,
    logo: imageOf(row.logo),
    banner: imageOf(row.banner),
  };
}

const readSettings = unstable_cache(
  (): Promise<SiteSettingsView> => loadSettingsView(readerDb),
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
