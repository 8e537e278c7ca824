import type { ReactNode } from 'react';
import type { InlineNode } from '@/lib/content/body-schema';

/** Text with its bold, italic and links; links are only ever http(s), mailto, tel or paths. */
export function renderInline(nodes: InlineNode[] | undefined): ReactNode[] {
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
