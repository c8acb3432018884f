import { useEffect } from 'react';

/** Polls a query while `active` (e.g. a listing the worker is still matching), stops otherwise. */
export function usePollWhile(
  active: boolean,
  query: { startPolling: (ms: number) => void; stopPolling: () => void },
  intervalMs = 1500,
): void {
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!active) return;
    startPolling(intervalMs);
    return () => stopPolling();
  }, [active, startPolling, stopPolling, intervalMs]);
}
