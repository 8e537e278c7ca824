'use client';

import { diffWords } from 'diff';
import { bodyToText } from '@/lib/content/body-text';
import type { EditableArticle } from '@/lib/editor/editable-article';
import type { FormState } from '@/lib/editor/form-state';
import { WordDiff } from './word-diff';

type Props = { theirs: EditableArticle; mine: FormState; onKeepMine: () => void; onTakeTheirs: () => void };

function Diff({ from, to }: { from: string; to: string }) {
  return (
    <p className="whitespace-pre-wrap">
      <WordDiff parts={diffWords(from, to)} />
    </p>
  );
}

/** Someone saved first: both versions side by side; what was typed stays in the form. */
export function ConflictPanel({ theirs, mine, onKeepMine, onTakeTheirs }: Props) {
  const fields: [string, string, string][] = [
    ['Tiêu đề', theirs.title, mine.title],
    ['Sapo', theirs.sapo, mine.sapo],
    ['Nội dung', bodyToText(theirs.body), bodyToText(mine.body)],
    ['Tag', theirs.tags.join(', '), mine.tags.join(', ')],
  ];
  const changed = fields.filter(([, a, b]) => a !== b);
  return (
    <section role="alert" aria-labelledby="xung-dot" className="rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="xung-dot" className="text-lg font-bold">
        Người khác vừa thay đổi bài này
      </h2>
      <p className="mt-1 text-sm">
        Bản trên máy chủ là phiên bản {theirs.version}. Bản của bạn chưa được lưu và vẫn nằm nguyên trong biểu mẫu. Chữ <del className="bg-red-100">gạch</del> chỉ có ở bản trên máy chủ, chữ{' '}
        <ins className="bg-green-100">tô xanh</ins> chỉ có ở bản của bạn.
      </p>
      {changed.length === 0 ? (
        <p className="mt-3 text-sm">Phần chữ giống nhau; khác biệt nằm ở ảnh, tệp hoặc các trường khác.</p>
      ) : (
        <dl className="mt-3 grid gap-3 text-sm">
          {changed.map(([label, a, b]) => (
            <div key={label}>
              <dt className="font-bold">{label}</dt>
              <dd className="max-h-60 overflow-auto rounded bg-white p-2">
                <Diff from={a} to={b} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white">
          Lưu bản của tôi đè lên
        </button>
        <button type="button" onClick={onTakeTheirs} className="min-h-11 rounded border border-neutral-500 bg-white px-4 font-medium">
          Dùng bản mới nhất (bỏ bản của tôi)
        </button>
      </div>
    </section>
  );
}
