import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { VietnamTime } from '@/components/ui/vietnam-time';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { getPublicQuestion } from '@/lib/questions/questions';
import { serializeJsonLd } from '@/lib/seo/article-metadata';
import { isoVietnam } from '@/lib/text/dates';

type Props = { params: Promise<{ id: string }> };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function lookup(raw: string) {
  return /^\d{1,9}$/.test(raw) ? getPublicQuestion(Number(raw)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await lookup((await params).id);
  if (!question) return { title: 'Không tìm thấy', robots: { index: false } };
  const settings = await getSiteSettings();
  const url = `${siteUrl()}/hoi-dap/${question.id}`;
  return {
    title: question.title,
    description: question.content.slice(0, 200),
    alternates: { canonical: url },
    other: {
      'DC.title': question.title,
      'DC.creator': settings.agencyName,
      'DC.date': isoVietnam(question.answeredAt),
      'DC.description': question.content.slice(0, 200),
      'DC.subject': question.field,
      'DC.publisher': settings.agencyName,
      'DC.identifier': url,
      'DC.language': 'vi',
      'DC.type': 'Text',
      'DC.format': 'text/html',
    },
  };
}

export default async function QuestionPage({ params }: Props) {
  const question = await lookup((await params).id);
  if (!question) notFound();
  const settings = await getSiteSettings();
  const url = `${siteUrl()}/hoi-dap/${question.id}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    '@id': url,
    url,
    inLanguage: 'vi',
    mainEntity: {
      '@type': 'Question',
      name: question.title,
      text: question.content,
      dateCreated: isoVietnam(question.askedAt),
      author: { '@type': 'Person', name: question.fullName },
      answerCount: 1,
      acceptedAnswer: { '@type': 'Answer', text: question.answer, dateCreated: isoVietnam(question.answeredAt), url, author: { '@type': 'GovernmentOrganization', name: settings.agencyName } },
    },
  };
  return (
    <article className="max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Hỏi đáp', href: '/hoi-dap' }, { label: question.field }]} />
      <h1 className="mt-3 text-2xl font-bold sm:text-3xl">{question.title}</h1>
      <p className="mt-2 text-sm text-neutral-700">
        {question.fullName} hỏi lúc <VietnamTime value={question.askedAt} /> · {question.field}
      </p>
      <p className="mt-4 text-[17px] whitespace-pre-line">{question.content}</p>
      <section aria-labelledby="tra-loi" className="mt-6 rounded border-l-4 border-brand-700 bg-neutral-50 p-4">
        <h2 id="tra-loi" className="text-lg font-bold">
          Trả lời
        </h2>
        <p className="mt-1 text-sm text-neutral-700">
          {settings.agencyName} · Cập nhật lúc <VietnamTime value={question.answeredAt} />
        </p>
        <p className="mt-3 text-[17px] whitespace-pre-line">{question.answer}</p>
      </section>
    </article>
  );
}
