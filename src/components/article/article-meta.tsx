import { VietnamTime } from '@/components/ui/vietnam-time';

/** The line under a title in lists: "Section · 16:43 27/04/2024". */
export function ArticleMeta({ section, publishedAt, className = 'mt-1' }: { section?: string; publishedAt: string | null; className?: string }) {
  return (
    <p className={`${className} text-sm text-neutral-600`}>
      {section && <span className="font-medium text-brand-700">{section}</span>}
      {section && publishedAt && ' · '}
      {publishedAt && <VietnamTime value={publishedAt} />}
    </p>
  );
}
