import Link from 'next/link';
import type { ReactNode } from 'react';
import { GrantTable } from '@/components/awards/grant-table';
import type { PublicDecision } from '@/lib/awards/public-decisions';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import type { BlockNode, BodyDoc, ListItemNode, ListNode, ParagraphNode } from '@/lib/content/body-schema';
import { isEmptyParagraph } from '@/lib/content/body-text';
import type { PhotoView } from '@/lib/content/views';
import { BodyTable } from './body-table';
import { renderInline } from './inline-content';
import { PhotoFigure } from './photo-figure';

const paragraph = (p: ParagraphNode, key: number) => <p key={key}>{renderInline(p.content)}</p>;

function renderList(list: ListNode, key: number): ReactNode {
  const items = list.content.map((item: ListItemNode, i) => <li key={i}>{item.content.map((child, j) => (child.type === 'paragraph' ? paragraph(child, j) : renderList(child, j)))}</li>);
  if (list.type === 'bulletList') return <ul key={key}>{items}</ul>;
  return (
    <ol key={key} start={list.attrs?.start}>
      {items}
    </ol>
  );
}

type Props = {
  body: BodyDoc;
  photos: PhotoView[];
  priorityMediaId?: number;
  /** The award decisions whose lists the body shows, by slug (embeddedDecisions). */
  decisions?: Record<string, PublicDecision>;
};

function EmbeddedGrantList({ decision }: { decision: PublicDecision }) {
  const title = `Quyết định số ${decision.number} ngày ${formatCalendarDate(decision.issuedOn)}`;
  return (
    <section className="not-prose my-6 rounded border border-neutral-300 p-3 text-base" aria-label={`Danh sách được khen thưởng theo ${title}`} data-embedded-grant-list={decision.slug}>
      {decision.status === 'ANNULLED' ? (
        <p>
          <Link href={`/quyet-dinh-khen-thuong/${decision.slug}`} className="font-semibold text-brand-700 underline underline-offset-2">
            {title}
          </Link>{' '}
          đã bị hủy bỏ theo Quyết định số {decision.annulledBy}.
        </p>
      ) : (
        <>
          <GrantTable rows={decision.grants} caption={`Danh sách được khen thưởng theo ${title}`} showDecision={false} />
          <p className="mt-2 text-sm">
            <Link href={`/quyet-dinh-khen-thuong/${decision.slug}`} className="text-brand-700 underline underline-offset-2">
              Xem quyết định và tải danh sách (CSV)
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** Renders the structured body; nothing in it can become raw HTML. */
export function ArticleBody({ body, photos, priorityMediaId, decisions = {} }: Props) {
  const byId = new Map(photos.map((photo) => [photo.mediaId, photo]));

  function renderBlock(block: BlockNode, key: number): ReactNode {
    switch (block.type) {
      case 'paragraph':
        // Empty paragraphs (a stray Enter, a pasted blank line) are not printed as gaps.
        return isEmptyParagraph(block) ? null : paragraph(block, key);
      case 'heading': {
        const Heading = `h${block.attrs.level}` as 'h2' | 'h3' | 'h4';
        return <Heading key={key}>{renderInline(block.content)}</Heading>;
      }
      case 'bulletList':
      case 'orderedList':
        return renderList(block, key);
      case 'blockquote':
        return <blockquote key={key}>{block.content.map(paragraph)}</blockquote>;
      case 'table':
        return <BodyTable key={key} table={block} id={`bang-${key}`} />;
      case 'figure': {
        const photo = byId.get(block.attrs.mediaId);
        return photo ? <PhotoFigure key={key} photo={photo} priority={photo.mediaId === priorityMediaId} /> : null;
      }
      case 'photoSlot':
        // A place still waiting for its photo: nothing to show readers.
        return null;
      case 'grantList': {
        // A decision no longer public shows nothing; an annulled one says so instead of its list.
        const decision = decisions[block.attrs.decision];
        return decision ? <EmbeddedGrantList key={key} decision={decision} /> : null;
      }
    }
  }

  return (
    <div className="prose prose-neutral max-w-none text-[17px] leading-relaxed prose-a:text-brand-700 prose-figcaption:text-neutral-700">
      {body.content.map(renderBlock)}
    </div>
  );
}
