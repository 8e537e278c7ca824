'use client';

import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import type { FormResult } from '@/app/quan-tri/admin-actions';
import { announceFlash } from './flash-line';

// A form bound to a server action with useActionState: the result message shows above
// the submit button and each field's Vietnamese error shows under that field. What was
// typed stays when the server refuses it (React would otherwise reset the form after
// every action); after a success the fields show what was saved.

const ErrorsContext = createContext<Record<string, string[]>>({});

type Props = {
  action: (state: FormResult, form: FormData) => Promise<FormResult>;
  submit: string;
  children: ReactNode;
  className?: string;
  label?: string;
  danger?: boolean;
  /** Asked before submitting, for actions that cannot be undone. */
  confirm?: string;
};

export function ActionForm({ action, submit, children, className = 'grid gap-3', label, danger, confirm }: Props) {
  // A step that changes the page (publish, send for approval) often removes the form that
  // took it: its confirmation then goes to the page's flash line (flash-line.tsx).
  const done = useRef<{ message: string; at: number } | null>(null);
  const [state, formAction, pending] = useActionState(async (previous: FormResult, data: FormData) => {
    const result = await action(previous, data);
    if (result?.ok) done.current = { message: result.data, at: Date.now() };
    return result;
  }, null);
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  useEffect(
    () => () => {
      if (done.current && Date.now() - done.current.at < 5000) announceFlash(done.current.message);
    },
    [],
  );
  return (
    <ErrorsContext.Provider value={errors}>
      <form
        ref={form}
        action={formAction}
        className={className}
        aria-label={label}
        onSubmit={(event) => {
          // Submitted here rather than by React's form action, which resets the fields.
          event.preventDefault();
          if (confirm && !window.confirm(confirm)) return;
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => formAction(data));
        }}
      >
        {children}
        {state && (
          <p role={state.ok ? 'status' : 'alert'} className={`rounded p-2 text-sm ${state.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>
            {state.ok ? state.data : state.error}
          </p>
        )}
        <div>
          <button type="submit" disabled={pending} className={`min-h-11 rounded px-4 font-medium disabled:opacity-60 ${danger ? 'border border-red-600 text-red-800' : 'bg-brand-700 text-white hover:bg-brand-800'}`}>
            {pending ? 'Đang xử lý…' : submit}
          </button>
        </div>
      </form>
    </ErrorsContext.Provider>
  );
}

/** A field's Vietnamese error, under it; `id` is the field's, so the message is `${id}-loi`. */
function FieldError({ id, error }: { id: string; error?: string[] }) {
  if (!error) return null;
  return (
    <p id={`${id}-loi`} className="mt-1 text-sm font-medium text-red-700">
      {error.join(' ')}
    </p>
  );
}

type FieldProps = {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string | number;
  required?: boolean;
  autoComplete?: string;
  hint?: string;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
};

export function Field({ name, label, type = 'text', defaultValue, required, autoComplete, hint, rows }: FieldProps) {
  const id = useId();
  const error = useContext(ErrorsContext)[name];
  const common = {
    id,
    name,
    defaultValue,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-loi` : hint ? `${id}-goi-y` : undefined,
  };
  const border = error ? 'border-red-600' : 'border-neutral-400';
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label} {required && <span className="text-red-700">*</span>}
      </label>
      {rows ? (
        <textarea {...common} rows={rows} className={`w-full rounded border px-3 py-2 ${border}`} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} className={`min-h-11 w-full rounded border px-3 ${border}`} />
      )}
      {hint && !error && (
        <p id={`${id}-goi-y`} className="mt-1 text-sm text-neutral-600">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A labelled select with its Vietnamese error under it. */
export function SelectField({ name, label, options, defaultValue }: { name: string; label: string; options: Record<string, string>; defaultValue?: string }) {
  const id = useId();
  const error = useContext(ErrorsContext)[name];
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-loi` : undefined}
        className="min-h-11 w-full rounded border border-neutral-400 bg-white px-3"
      >
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function RoleSelect({ name, defaultValue, labels }: { name: string; defaultValue?: string; labels: Record<string, string> }) {
  return <SelectField name={name} label="Vai trò" options={labels} defaultValue={defaultValue ?? 'CONTRIBUTOR'} />;
}

/** A checkbox with its label beside it and its Vietnamese error under it. */
export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const id = useId();
  const error = useContext(ErrorsContext)[name];
  return (
    <div>
      <label htmlFor={id} className="flex items-start gap-2">
        <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-loi` : undefined} className="mt-1" />
        <span>{label}</span>
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}
