import type { ReactNode } from 'react';
import type { TableCellNode, TableNode } from '@/lib/content/body-schema';
import { renderInline } from './inline-content';

function cellContent(cell: TableCellNode): ReactNode {
  // One paragraph is the usual cell: its text goes straight in, without a <p> margin.
  if (cell.content.length === 1) return renderInline(cell.content[0].content);
  return cell.content.map((p, i) => <p key={i}>{renderInline(p.content)}</p>);
}

/**
 * A table of the body, accessible: its caption, a header row as <thead> with column
 * headers, header cells elsewhere as row headers. On a phone only the table scrolls
 * sideways (the wrapper is focusable so keyboard users can scroll it too); printed, it
 * is shown whole.
 */
export function BodyTable({ table, id }: { table: TableNode; id: string }) {
  const [first, ...rest] = table.content;
  const headerRow = first.content.every((cell) => cell.type === 'tableHeader');
  const caption = table.attrs?.caption;
  const row = (cells: TableCellNode[], inHead: boolean, key: number) => (
    <tr key={key}>
      {cells.map((cell, i) => {
        const spans = { colSpan: cell.attrs?.colspan, rowSpan: cell.attrs?.rowspan };
        if (cell.type === 'tableCell') return <td key={i} {...spans}>{cellContent(cell)}</td>;
        return (
          <th key={i} scope={inHead ? (cell.attrs?.colspan ? 'colgroup' : 'col') : 'row'} {...spans}>
            {cellContent(cell)}
          </th>
        );
      })}
    </tr>
  );
  return (
    <div role="region" aria-labelledby={caption ? `${id}-chu-thich` : undefined} aria-label={caption ? undefined : 'Bảng'} tabIndex={0} className="body-table not-prose my-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-[15px] leading-snug">
        {caption && (
          <caption id={`${id}-chu-thich`} className="caption-top pb-2 text-left font-bold text-neutral-800">
            {caption}
          </caption>
        )}
        {headerRow && <thead className="bg-neutral-100">{row(first.content, true, 0)}</thead>}
        <tbody>{(headerRow ? rest : table.content).map((cells, i) => row(cells.content, false, i))}</tbody>
      </table>
    </div>
  );
}
