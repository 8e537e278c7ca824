import Link from 'next/link';
import { ArticleBody } from '@/components/article/article-body';
import { AttachmentList } from '@/components/article/attachment-list';
import { PhotoFigure } from '@/components/article/photo-figure';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { VietnamTime } from '@/components/ui/vietnam-time';
import { bodyFigureIds } from '@/lib/content/body-text';
import type { SiteSettingsView } from '@/lib/content/settings';
import type { PublicAgencyPage } from '@/lib/pages/agency-pages';

const WORDS = {
  VI: { home: 'Trang chủ', root: 'Giới thiệu', updated: 'Cập nhật lúc', pages: 'Giới thiệu', other: 'English', address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử', hours: 'Giờ làm việc', map: 'Xem bản đồ', contact: 'Thông tin liên hệ' },
  EN: { home: 'Home', root: 'About', updated: 'Updated', pages: 'About the agency', other: 'Tiếng Việt', address: 'Address', phone: 'Telephone', email: 'Email', hours: 'Office hours', map: 'View the map', contact: 'Contact details' },
} as const;

/** The office's details from the settings, on the contact pages. */
function ContactBlock({ settings, words }: { settings: SiteSettingsView; words: (typeof WORDS)['VI' | 'EN'] }) {
  const rows: [string, React.ReactNode][] = [];
  if (settings.address) rows.push([words.address, settings.address]);
  if (settings.phone) rows.push([words.phone, <a key="p" href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>]);
  if (settings.email) rows.push([words.email, <a key="e" href={`mailto:${settings.email}`}>{settings.email}</a>]);
  if (settings.officeHours) rows.push([words.hours, settings.officeHours]);
  if (settings.mapUrl) rows.push(['', <a key="m" href={settings.mapUrl} rel="noopener">{words.map}</a>]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="lien-he-chi-tiet" className="mt-5 rounded border border-neutral-300 bg-neutral-50 p-4">
      <h2 id="lien-he-chi-tiet" className="text-lg font-bold">
        {settings.agencyName}
      </h2>
      <p className="sr-only">{words.contact}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-[15px] sm:grid-cols-[9rem_1fr] [&_a]:text-brand-700 [&_a]:underline">
        {rows.map(([label, value], index) => (
          <div key={index} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A page of the agency: its article's content at its own address, with the section's navigation. */
export function AgencyPageView({ page, settings, jsonLd }: { page: PublicAgencyPage; settings: SiteSettingsView; jsonLd: string }) {
  const words = WORDS[page.locale];
  const { article } = page;
  const inBody = new Set(bodyFigureIds(article.body));
  const extraPhotos = article.photos.filter((photo) => !inBody.has(photo.mediaId));
  const rootPath = page.locale === 'EN' ? '/en' : '/gioi-thieu';
  const crumbs = [{ label: words.home, href: '/' }, ...(`/${page.path}` === rootPath ? [] : [{ label: words.root, href: rootPath }]), { label: article.title }];
  return (
    <div lang={page.locale === 'EN' ? 'en' : undefined} className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_260px]">
      <article className="min-w-0">
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
        <Breadcrumb items={crumbs} />
        <h1 className="mt-3 text-2xl leading-tight font-bold text-neutral-900 sm:text-3xl">{article.title}</h1>
        <p className="mt-2 text-sm text-neutral-600">
          {words.updated} <VietnamTime value={article.revisedAt ?? article.publishedAt} />
          {page.translation && (
            <>
              {' · '}
              <Link href={`/${page.translation.path}`} hrefLang={page.translation.locale === 'EN' ? 'en' : 'vi'} lang={page.translation.locale === 'EN' ? 'en' : 'vi'} className="text-brand-700 underline">
                {words.other}
              </Link>
            </>
          )}
        </p>
        {article.sapo && <p className="mt-4 text-[17px] leading-relaxed font-bold text-neutral-900">{article.sapo}</p>}
        {page.contactBlock && <ContactBlock settings={settings} words={words} />}
        <div className="mt-4">
          <ArticleBody body={article.body} photos={article.photos} />
          {extraPhotos.map((photo) => (
            <PhotoFigure key={photo.mediaId} photo={photo} />
          ))}
        </div>
        <AttachmentList files={article.attachments} />
      </article>
      {page.siblings.length > 1 && (
        <nav aria-labelledby="trang-cung-muc" className="no-print">
          <h2 id="trang-cung-muc" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-700">
            {words.pages}
          </h2>
          <ul className="mt-2 divide-y divide-neutral-200">
            {page.siblings.map((link) => (
              <li key={link.path}>
                <Link href={`/${link.path}`} aria-current={link.path === page.path ? 'page' : undefined} className={`block py-2 hover:text-brand-700 hover:underline ${link.path === page.path ? 'font-bold text-brand-700' : ''}`}>
                  {link.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
