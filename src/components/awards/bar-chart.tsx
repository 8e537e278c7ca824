import type { StatTable } from '@/lib/awards/statistics';
import { formatNumber } from '@/lib/text/format';

// A horizontal bar chart drawn as SVG on the server: readable without any script, printed
// as it is shown, and described for screen readers, whose reader goes on to the table
// with the same figures right after it. Each bar is split by kind of recipient.

const COLORS = ['#9b1c1c', '#1e3a8a', '#a16207'];
const ROW = 38;
const TOP = 34;
const MAX_ROWS = 25;

/**
 * Drawn twice, for a phone (360 units wide) and for wider screens (640), so the text stays
 * at its size instead of shrinking with the picture; CSS shows one of them.
 */
export function BarChart({ stat, id }: { stat: StatTable; id: string }) {
  const rows = stat.rows.slice(0, MAX_ROWS);
  return (
    <figure className="mt-3">
      <Chart stat={stat} id={`${id}-hep`} width={360} className="block w-full sm:hidden" />
      <Chart stat={stat} id={id} width={640} className="hidden w-full max-w-2xl sm:block" />
      {stat.rows.length > rows.length && <figcaption className="text-sm text-neutral-700">Biểu đồ vẽ {rows.length} dòng đầu; bảng dưới có đủ {stat.rows.length} dòng.</figcaption>}
    </figure>
  );
}

function Chart({ stat, id, width, className }: { stat: StatTable; id: string; width: number; className: string }) {
  const rows = stat.rows.slice(0, MAX_ROWS);
  const max = Math.max(1, ...rows.map((row) => row.total));
  const barSpace = width - 70;
  const height = TOP + rows.length * ROW + 8;
  const legend = stat.head.slice(1, 4);
  const labelLength = width < 400 ? 52 : 90;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-ten ${id}-mo-ta`} className={`font-sans ${className}`} data-chart={stat.key}>
      <title id={`${id}-ten`}>{`Biểu đồ: ${stat.title}`}</title>
      <desc id={`${id}-mo-ta`}>{`${rows.length} cột, tổng ${formatNumber(stat.total)}; số liệu chi tiết ở bảng ngay dưới biểu đồ.`}</desc>
      {legend.map((label, i) => (
        <g key={label} transform={`translate(${i * (width < 400 ? 112 : 150)}, 6)`}>
          <rect width="14" height="14" fill={COLORS[i]} />
          <text x="20" y="12" fontSize="14" fill="#171717">
            {label}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = TOP + index * ROW;
        let x = 0;
        return (
          <g key={row.label}>
            <text x={0} y={y + 12} fontSize="13" fill="#171717">
              {row.label.length > labelLength ? `${row.label.slice(0, labelLength - 1)}…` : row.label}
            </text>
            {row.values.map((value, i) => {
              const barWidth = (value / max) * barSpace;
              const rect = value > 0 ? <rect key={i} x={x} y={y + 17} width={Math.max(barWidth, 1)} height="14" fill={COLORS[i]} /> : null;
              x += barWidth;
              return rect;
            })}
            <text x={x + 6} y={y + 29} fontSize="13" fill="#171717">
              {formatNumber(row.total)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
