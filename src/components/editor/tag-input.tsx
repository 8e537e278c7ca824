'use client';

import { useId, useMemo, useState } from 'react';
import { foldVietnamese } from '@/lib/text/normalize';

type Props = { value: string[]; suggestions: string[]; canCreate: boolean; error?: string[]; onChange: (tags: string[]) => void };

/** Tags with type-ahead over existing ones (diacritics optional); Enter adds a new one. */
export function TagInput({ value, suggestions, canCreate, error, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const folded = foldVietnamese(text.trim());
  const chosen = new Set(value.map(foldVietnamese));
  const matches = useMemo(
    () => (folded ? suggestions.filter((tag) => foldVietnamese(tag).includes(folded) && !chosen.has(foldVietnamese(tag))).slice(0, 8) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [folded, suggestions, value],
  );

  const add = (name: string) => {
    const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (clean && !chosen.has(foldVietnamese(clean))) onChange([...value, clean]);
    setText('');
    setActive(0);
  };

  return (
    <div>
      <label htmlFor={id} className="font-medium">
        Tag
      </label>
      <div className={`mt-1 flex flex-wrap items-center gap-2 rounded border bg-white p-2 ${error ? 'border-red-600' : 'border-neutral-400'}`}>
        {value.map((tag) => (
          <span key={tag} className="flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
            {tag}
            <button type="button" aria-label={`Bỏ tag ${tag}`} onClick={() => onChange(value.filter((t) => t !== tag))} className="px-1 font-bold">
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls={`${id}-goi-y`}
          aria-autocomplete="list"
          aria-describedby={`${id}-huong-dan`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((i) => Math.min(i + 1, matches.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              if (matches[active]) add(matches[active]);
              else if (canCreate) add(text);
            } else if (event.key === 'Backspace' && !text && value.length > 0) {
              onChange(value.slice(0, -1));
            }
          }}
          className="min-w-40 flex-1 border-0 p-1 focus:outline-none"
        />
      </div>
      {matches.length > 0 && (
        <ul id={`${id}-goi-y`} role="listbox" aria-label="Tag gợi ý" className="mt-1 rounded border border-neutral-300 bg-white shadow">
          {matches.map((tag, index) => (
            <li key={tag} role="option" aria-selected={index === active}>
              <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => add(tag)} className={`w-full px-3 py-2 text-left ${index === active ? 'bg-brand-50' : ''}`}>
                {tag}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-huong-dan`} className="mt-1 text-sm text-neutral-600">
        {canCreate ? 'Gõ để tìm tag có sẵn; nhấn Enter để thêm (tạo tag mới nếu chưa có).' : 'Gõ để tìm và chọn tag có sẵn.'}
      </p>
      {error && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {error.join(' ')}
        </p>
      )}
    </div>
  );
}
