import type { StatTable } from '@/lib/awards/statistics';
import { formatNumber } from '@/lib/text/format';

// A horizontal bar chart drawn as SVG on the server: readable without any script, printed
// as it is shown, and described for screen readers, whose reader goes on to the table
// with the same figures right after it. Each bar is split by kind of recipient.

const COLORS = ['#9b1c1c', '#1e3a8a', '#a16207'];
const WIDTH = 640;
const ROW = 38;
const TOP = 34;

export function BarChart({ stat, id }: { stat: StatTable; id: string }) {
  const rows = stat.rows.slice(0, 25);
  const max = Math.max(1, ...rows.map((row) => row.total));
  const barSpace = WIDTH - 70;
  const height = TOP + rows.length * ROW + 8;
  const legend = stat.head.slice(1, 4);
  return (
    <figure className="mt-3" aria-labelledby={`${id}-ten`}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-ten ${id}-mo-ta`} className="max-w-2xl font-sans" data-chart={stat.key}>
        <title id={`${id}-ten`}>{`Biểu đồ: ${stat.title}`}</title>
        <desc id={`${id}-mo-ta`}>{`${rows.length} cột, tổng ${formatNumber(stat.total)}; số liệu chi tiết ở bảng ngay dưới biểu đồ.`}</desc>
        {legend.map((label, i) => (
          <g key={label} transform={`translate(${i * 150}, 6)`}>
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
                {row.label.length > 80 ? `${row.label.slice(0, 78)}…` : row.label}
              </text>
              {row.values.map((value, i) => {
                const width = (value / max) * barSpace;
                const rect = value > 0 ? <rect key={i} x={x} y={y + 17} width={Math.max(width, 1)} height="14" fill={COLORS[i]} /> : null;
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + 29} fontSize="13" fill="#171717">
                {formatNumber(row.total)}
              </text>
            </g>
          );
        })}
      </svg>
      {stat.rows.length > rows.length && <figcaption className="text-sm text-neutral-700">Biểu đồ vẽ {rows.length} dòng đầu; bảng dưới có đủ {stat.rows.length} dòng.</figcaption>}
    </figure>
  );
}
