'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useTransition } from 'react';

/**
 * After a change made outside a form (an upload, an import), refresh the page and show the
 * outcome in the same render as the refreshed page. Shown before, the message invites the
 * next step while the other forms still carry the record's old version, and that step is
 * refused as if someone else had changed the record.
 */
export function useRefreshThen() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refreshThen = useCallback(
    (show: () => void) =>
      startTransition(() => {
        router.refresh();
        show();
      }),
    [router],
  );
  return { refreshing, refreshThen };
}
