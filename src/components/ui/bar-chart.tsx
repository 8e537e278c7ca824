import { formatNumber } from '@/lib/text/format';

// A horizontal bar chart drawn as SVG on the server: readable without any script, printed
// as it is shown, and described for screen readers, whose reader goes on to the table
// with the same figures right after it. Each bar is split into its series (kinds of
// recipient, scores of a rating, kinds of page), named in the legend.

/** What a chart draws: the table shown under it. `head` is the first column's header, one header per series, then the total's. */
export type ChartTable = {
  key: string;
  title: string;
  head: string[];
  rows: { label: string; values: number[]; total: number }[];
  total: number;
};

const COLORS = ['#9b1c1c', '#1e3a8a', '#a16207', '#166534', '#6b21a8', '#0f766e'];
const ROW = 38;
const LEGEND_ROW = 22;
const MAX_ROWS = 25;

/**
 * Drawn twice, for a phone (360 units wide) and for wider screens (640), so the text stays
 * at its size instead of shrinking with the picture; CSS shows one of them.
 */
export function BarChart({ stat, id }: { stat: ChartTable; id: string }) {
  const rows = stat.rows.slice(0, MAX_ROWS);
  return (
    <figure className="mt-3">
      <Chart stat={stat} id={`${id}-hep`} width={360} className="block w-full sm:hidden" />
      <Chart stat={stat} id={id} width={640} className="hidden w-full max-w-2xl sm:block" />
      {stat.rows.length > rows.length && <figcaption className="text-sm text-neutral-700">Biểu đồ vẽ {rows.length} dòng đầu; bảng dưới có đủ {stat.rows.length} dòng.</figcaption>}
    </figure>
  );
}

function Chart({ stat, id, width, className }: { stat: ChartTable; id: string; width: number; className: string }) {
  const rows = stat.rows.slice(0, MAX_ROWS);
  const max = Math.max(1, ...rows.map((row) => row.total));
  const barSpace = width - 70;
  const series = Math.min(COLORS.length, stat.head.length - 2);
  const legend = stat.head.slice(1, 1 + series);
  const perLine = width < 400 ? 3 : 4;
  const TOP = 12 + Math.ceil(legend.length / perLine) * LEGEND_ROW;
  const height = TOP + rows.length * ROW + 8;
  const labelLength = width < 400 ? 52 : 90;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-ten ${id}-mo-ta`} className={`font-sans ${className}`} data-chart={stat.key}>
      <title id={`${id}-ten`}>{`Biểu đồ: ${stat.title}`}</title>
      <desc id={`${id}-mo-ta`}>{`${rows.length} cột, tổng ${formatNumber(stat.total)}; số liệu chi tiết ở bảng ngay dưới biểu đồ.`}</desc>
      {legend.map((label, i) => (
        <g key={label} transform={`translate(${(i % perLine) * (width < 400 ? 118 : 158)}, ${6 + Math.floor(i / perLine) * LEGEND_ROW})`}>
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
