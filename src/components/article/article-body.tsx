import type { ReactNode } from 'react';
import type { BlockNode, BodyDoc, InlineNode } from '@/lib/content/body-schema';
import type { PhotoView } from '@/lib/content/views';
import { PhotoFigure } from './photo-figure';

function renderInline(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let out: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') out = <strong>{out}</strong>;
      else if (mark.type === 'italic') out = <em>{out}</em>;
      else {
        const external = /^https?:\/\//i.test(mark.attrs.href);
        out = (
          <a href={mark.attrs.href} rel={external ? 'noopener noreferrer' : undefined} className="print-url">
            {out}
          </a>
        );
      }
    }
    return <span key={index}>{out}</span>;
  });
}

type Props = { body: BodyDoc; photos: PhotoView[]; priorityMediaId?: number };

/** Renders the structured body; nothing in it can become raw HTML. */
export function ArticleBody({ body, photos, priorityMediaId }: Props) {
  const byId = new Map(photos.map((photo) => [photo.mediaId, photo]));

  function renderBlock(block: BlockNode, key: number): ReactNode {
    switch (block.type) {
      case 'paragraph':
        return <p key={key}>{renderInline(block.content)}</p>;
      case 'heading': {
        const Heading = `h${block.attrs.level}` as 'h2' | 'h3' | 'h4';
        return <Heading key={key}>{renderInline(block.content)}</Heading>;
      }
      case 'bulletList':
      case 'orderedList': {
        const List = block.type === 'bulletList' ? 'ul' : 'ol';
        return (
          <List key={key}>
            {block.content.map((item, i) => (
              <li key={i}>{item.content.map((p, j) => <p key={j}>{renderInline(p.content)}</p>)}</li>
            ))}
          </List>
        );
      }
      case 'blockquote':
        return <blockquote key={key}>{block.content.map((p, j) => <p key={j}>{renderInline(p.content)}</p>)}</blockquote>;
      case 'figure': {
        const photo = byId.get(block.attrs.mediaId);
        return photo ? <PhotoFigure key={key} photo={photo} priority={photo.mediaId === priorityMediaId} /> : null;
      }
    }
  }

  return (
    <div className="prose prose-neutral max-w-none text-[17px] leading-relaxed prose-a:text-brand-700 prose-figcaption:text-neutral-700">
      {body.content.map(renderBlock)}
    </div>
  );
}
