import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${settings.siteName} – ${settings.agencyName}`, template: `%s | ${settings.siteName}` },
    description: settings.description,
    applicationName: settings.siteName,
    icons: { icon: '/logo.svg', apple: '/logo-512.png' },
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${settings.siteName} – Tin mới` }] } },
    openGraph: { siteName: settings.siteName, locale: 'vi_VN', type: 'website' },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = { themeColor: '#9a1c15', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
