import { BarChart } from '@/components/ui/bar-chart';
import { requireActor } from '@/lib/auth/session';
import { editorContext } from '@/lib/editor/run-action';
import { ratingAggregates, SCORE_LABELS, SCORES, type RatingRow } from '@/lib/feedback/ratings';
import { formatVietnamTime } from '@/lib/text/dates';
import { formatNumber } from '@/lib/text/format';

export const metadata = { title: 'Đánh giá mức độ hài lòng' };

const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

function RatingTable({ id, caption, first, rows, total, label = (text) => text }: { id: string; caption: string; first: string; rows: RatingRow[]; total?: RatingRow; label?: (text: string) => string }) {
  return (
    <table className="mt-2 w-full border-collapse text-sm" data-rating-table={id}>
      <caption className="py-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-neutral-400 text-left">
          <th scope="col" className="px-2 py-1">{first}</th>
          {SCORES.map((score) => (
            <th key={score} scope="col" className="px-2 py-1 text-right">
              {SCORE_LABELS[score]}
            </th>
          ))}
          <th scope="col" className="px-2 py-1 text-right">Số lượt</th>
          <th scope="col" className="px-2 py-1 text-right">Điểm trung bình</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-neutral-200">
            <th scope="row" className="px-2 py-1 text-left font-normal break-all">
              {label(row.label)}
            </th>
            {row.byScore.map((value, i) => (
              <td key={i} className="px-2 py-1 text-right">
                {formatNumber(value)}
              </td>
            ))}
            <td className="px-2 py-1 text-right">{formatNumber(row.count)}</td>
            <td className="px-2 py-1 text-right">{row.average.toFixed(2).replace('.', ',')}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr className="border-t-2 border-neutral-400 font-semibold">
            <th scope="row" className="px-2 py-1 text-left">
              Tổng
            </th>
            {total.byScore.map((value, i) => (
              <td key={i} className="px-2 py-1 text-right">
                {formatNumber(value)}
              </td>
            ))}
            <td className="px-2 py-1 text-right">{formatNumber(total.count)}</td>
            <td className="px-2 py-1 text-right">{total.average.toFixed(2).replace('.', ',')}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export default async function RatingsPage() {
  await requireActor('/quan-tri/danh-gia', 'stats.view');
  const { byMonth, byPage, total, comments } = await ratingAggregates(await editorContext());
  const chart = {
    key: 'thang',
    title: 'Số lượt đánh giá theo tháng và mức hài lòng',
    head: ['Tháng', ...SCORES.map((score) => SCORE_LABELS[score]), 'Tổng'],
    rows: byMonth.map((row) => ({ label: monthLabel(row.label), values: row.byScore, total: row.count })),
    total: total.count,
  };
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Đánh giá mức độ hài lòng</h1>
        <a href="/api/quan-tri/danh-gia" className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 font-medium text-brand-700 hover:bg-brand-50">
          Tải CSV
        </a>
      </div>
      <p className="mt-1 max-w-3xl text-sm text-neutral-700">
        Người đọc đánh giá từng trang bằng một lần bấm, có thể kèm góp ý; không cần tài khoản. Cổng chỉ lưu trang, mức đánh giá, góp ý và thời gian: không lưu địa chỉ IP. Mỗi người đọc được tính một lượt cho một trang trong một ngày.
      </p>
      <p className="mt-3">
        Tổng cộng <strong>{formatNumber(total.count)}</strong> lượt trong 12 tháng, điểm trung bình <strong>{total.average.toFixed(2).replace('.', ',')}</strong> trên 4.
      </p>
      {byMonth.length === 0 ? (
        <p className="mt-4">Chưa có lượt đánh giá nào.</p>
      ) : (
        <>
          <section aria-labelledby="theo-thang" className="mt-6 max-w-4xl">
            <h2 id="theo-thang" className="text-xl font-bold">
              Theo tháng
            </h2>
            <BarChart stat={chart} id="bieu-do-danh-gia" />
            <RatingTable id="thang" caption="Số lượt đánh giá theo tháng (12 tháng gần nhất)" first="Tháng" rows={byMonth} total={total} label={monthLabel} />
          </section>
          <section aria-labelledby="theo-trang" className="mt-8 max-w-4xl">
            <h2 id="theo-trang" className="text-xl font-bold">
              Theo trang
            </h2>
            <RatingTable id="trang" caption="100 trang được đánh giá nhiều nhất" first="Trang" rows={byPage} />
          </section>
          <section aria-labelledby="gop-y" className="mt-8 max-w-4xl">
            <h2 id="gop-y" className="text-xl font-bold">
              Góp ý mới nhất
            </h2>
            <ul className="mt-2 divide-y divide-neutral-200">
              {comments.map((comment, i) => (
                <li key={i} className="py-2 text-sm">
                  <p className="whitespace-pre-line">{comment.comment}</p>
                  <p className="text-neutral-700">
                    {SCORE_LABELS[comment.score]} · <a href={comment.path} className="break-all text-brand-700 underline">{comment.path}</a> · {formatVietnamTime(comment.updatedAt)}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
