import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttachmentList } from '@/components/article/attachment-list';
import { ValidityBadge } from '@/components/documents/validity-badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { formatCalendarDate, vietnamDateOf } from '@/lib/consultations/working-days';
import { getSiteSettings } from '@/lib/content/settings';
import { RELATION_LABELS, SCOPE_LABELS, TYPE_LABELS, documentTitle } from '@/lib/documents/document-labels';
import { getPublicDocument, type PublicDocument, type RelatedDocument } from '@/lib/documents/public-documents';
import { computeValidity, VALIDITY_LABELS, type ValidityState } from '@/lib/documents/validity';
import { siteUrl } from '@/lib/env';
import { serializeJsonLd } from '@/lib/seo/article-metadata';
import { buildDocumentDublinCore, buildDocumentJsonLd, documentUrl } from '@/lib/seo/document-metadata';
import { formatVietnamTime } from '@/lib/text/dates';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await getPublicDocument((await params).slug);
  if (!document) return { title: 'Không tìm thấy', robots: { index: false } };
  const origin = siteUrl();
  const settings = await getSiteSettings();
  const title = documentTitle(document);
  return {
    title,
    description: document.summary,
    alternates: { canonical: documentUrl(origin, document.slug) },
    openGraph: { type: 'website', title, description: document.summary, url: documentUrl(origin, document.slug), siteName: settings.siteName, locale: 'vi_VN' },
    other: buildDocumentDublinCore(document, origin, settings.agencyName),
  };
}

/** "Được thay thế bởi Nghị định 98/2023/NĐ-CP" — the sentence that explains the state. */
function stateNotice(document: PublicDocument, state: ValidityState) {
  const enders = document.incomingDocuments.filter((other) => (other.kind === 'REPLACES' || other.kind === 'REPEALS') && !other.partial);
  const cutters = document.incomingDocuments.filter((other) => other.kind === 'AMENDS' || ((other.kind === 'REPLACES' || other.kind === 'REPEALS') && other.partial));
  const link = (other: RelatedDocument) => (
    <Link key={other.slug} href={`/van-ban/${other.slug}`} className="font-semibold underline underline-offset-2">
      {documentTitle(other)}
    </Link>
  );
  const by = (list: RelatedDocument[]) => list.map((other, i) => [i > 0 ? ', ' : '', link(other)]);
  if (state.validity === 'EXPIRED') {
    const ender = enders.find((other) => other.effectiveFrom === state.since);
    return (
      <>
        Văn bản này đã hết hiệu lực từ ngày {formatCalendarDate(state.since)}
        {ender ? <>: {RELATION_LABELS[ender.kind].incoming.toLowerCase()} {link(ender)}.</> : '.'}
      </>
    );
  }
  if (state.validity === 'PARTLY_EXPIRED') return <>Một số quy định của văn bản này đã hết hiệu lực hoặc được sửa đổi, bổ sung bởi {by(cutters)}.</>;
  if (state.validity === 'NOT_YET') return <>Văn bản này có hiệu lực từ ngày {formatCalendarDate(document.effectiveFrom)}.</>;
  return null;
}

export default async function DocumentPage({ params }: Props) {
  const document = await getPublicDocument((await params).slug);
  if (!document) notFound();
  const state = computeValidity(document, vietnamDateOf(new Date()));
  const origin = siteUrl();
  const settings = await getSiteSettings();
  const jsonLd = serializeJsonLd(buildDocumentJsonLd(document, state.validity, origin, { name: settings.agencyName, url: origin }));
  const notice = stateNotice(document, state);
  const relations = [
    ...document.outgoing.map((other) => ({ other, label: RELATION_LABELS[other.kind].outgoing })),
    ...document.incomingDocuments.map((other) => ({ other, label: RELATION_LABELS[other.kind].incoming })),
  ];
  const warn = state.validity === 'EXPIRED' ? 'border-red-800 bg-red-50 text-red-950' : 'border-amber-700 bg-amber-50 text-amber-950';
  return (
    <article className="max-w-4xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Văn bản', href: '/van-ban' }, { label: document.number }]} />
      <h1 className="mt-4 text-2xl font-bold sm:text-3xl">{documentTitle(document)}</h1>
      <p className="mt-3 text-lg font-semibold">{document.summary}</p>
      <p className="mt-3 flex flex-wrap items-center gap-2">
        <span className="text-[15px] font-semibold">Tình trạng:</span> <ValidityBadge validity={state.validity} />
      </p>
      {notice && (
        <p role="note" className={`mt-3 rounded border-2 p-3 ${warn}`}>
          {notice}
        </p>
      )}
      {state.next && (
        <p role="note" className="mt-3 rounded border border-neutral-400 bg-neutral-50 p-3">
          Từ ngày {formatCalendarDate(state.next.on)}, văn bản này sẽ {VALIDITY_LABELS[state.next.validity].toLowerCase()}.
        </p>
      )}
      <dl className="mt-5 grid gap-x-4 gap-y-2 text-[15px] sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Số ký hiệu</dt>
        <dd>{document.number}</dd>
        <dt className="font-semibold">Loại văn bản</dt>
        <dd>{TYPE_LABELS[document.type]}</dd>
        <dt className="font-semibold">Cơ quan ban hành</dt>
        <dd>{document.issuer}</dd>
        {document.signerName && (
          <>
            <dt className="font-semibold">Người ký</dt>
            <dd>
              {document.signerTitle ? `${document.signerTitle} ` : ''}
              {document.signerName}
            </dd>
          </>
        )}
        <dt className="font-semibold">Ngày ban hành</dt>
        <dd>{formatCalendarDate(document.issuedOn)}</dd>
        <dt className="font-semibold">Ngày có hiệu lực</dt>
        <dd>{formatCalendarDate(document.effectiveFrom)}</dd>
        {document.effectiveTo && (
          <>
            <dt className="font-semibold">Ngày hết hiệu lực</dt>
            <dd>{formatCalendarDate(document.effectiveTo)}</dd>
          </>
        )}
        {document.field && (
          <>
            <dt className="font-semibold">Lĩnh vực</dt>
            <dd>{document.field}</dd>
          </>
        )}
        <dt className="font-semibold">Phạm vi</dt>
        <dd>{SCOPE_LABELS[document.scope]}</dd>
        {document.externalUrl && (
          <>
            <dt className="font-semibold">Văn bản gốc</dt>
            <dd>
              <a href={document.externalUrl} rel="noopener" className="break-all text-brand-700 underline underline-offset-2">
                {document.externalUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
      <AttachmentList files={document.attachments} />
      {relations.length > 0 && (
        <section aria-labelledby="van-ban-lien-quan" className="mt-8">
          <h2 id="van-ban-lien-quan" className="text-lg font-bold">
            Văn bản liên quan
          </h2>
          <ul className="mt-2 divide-y divide-neutral-200">
            {relations.map(({ other, label }) => (
              <li key={`${label}-${other.slug}`} className="py-2">
                <span className="font-semibold">{label}</span>
                {other.partial ? ' (một phần)' : ''}:{' '}
                <Link href={`/van-ban/${other.slug}`} className="text-brand-700 underline underline-offset-2">
                  {documentTitle(other)}
                </Link>
                {other.note ? ` (${other.note})` : ''}
                <span className="block text-sm text-neutral-700">{other.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {document.forms.length > 0 && (
        <section aria-labelledby="van-ban-bieu-mau" className="mt-8">
          <h2 id="van-ban-bieu-mau" className="text-lg font-bold">
            Biểu mẫu ban hành kèm theo
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {document.forms.map((form) => (
              <li key={form.id}>
                <Link href={`/bieu-mau#mau-${form.id}`} className="text-brand-700 underline underline-offset-2">
                  {form.code}: {form.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-8 text-sm text-neutral-700">Cập nhật lúc {formatVietnamTime(document.updatedAt)}</p>
    </article>
  );
}
