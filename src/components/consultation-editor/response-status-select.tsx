import type { ResponseStatus } from '@/generated/prisma/client';
import { INBOX_STATUS_LABELS, RESPONSE_STATUSES } from '@/lib/consultations/response-inbox';

/** The statuses a comment can be given, as the inbox and a comment's page offer them. */
export function ResponseStatusSelect({ label, defaultValue }: { label: string; defaultValue: ResponseStatus }) {
  return (
    <label className="grid max-w-xs text-sm">
      {label}
      <select name="status" defaultValue={defaultValue} className="min-h-11 rounded border border-neutral-400 bg-white px-2">
        {RESPONSE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {INBOX_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </label>
  );
}
