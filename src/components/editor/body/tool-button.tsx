'use client';

import type { ReactNode } from 'react';

/** A toolbar button that keeps the editor's selection (it never takes focus on press). */
export function ToolButton({ label, active, disabled, onClick, children }: { label: string; active?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={`min-h-9 min-w-9 rounded border border-neutral-300 px-2 text-sm disabled:opacity-40 ${active ? 'bg-brand-700 text-white' : 'bg-white text-neutral-800 hover:bg-neutral-100'}`}
    >
      {children}
    </button>
  );
}
